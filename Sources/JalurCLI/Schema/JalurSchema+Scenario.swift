import JalurModel

extension JalurSchema {
    /// `kind: scenario`: cohort simulation input (README, "Scenario format").
    static func scenarioDefinitions() -> [OrderedJSON.Member] {
        [
            .init(
                "scenarioDocument",
                SchemaKeywords.closedObject(
                    "A cohort simulation scenario for `jalur simulate --scenario ID`: arrivals, fact distributions, chance events and referral outcomes.",
                    required: ["jalur", "kind", "id", "start", "arrivals"],
                    properties: [
                        "jalur": SchemaKeywords.ref(
                            "formatVersion",
                            "The format version. Only `1` is supported."
                        ),
                        "kind": ["description": "The document kind.", "const": "scenario"],
                        "id": SchemaKeywords.ref(
                            "id",
                            "The scenario id, passed to `jalur simulate --scenario`."
                        ),
                        "title": SchemaKeywords.ref("text", "The scenario's name for people."),
                        "description": SchemaKeywords.ref("text", "What the scenario models, for people."),
                        "workflow": SchemaKeywords.string(
                            "The workflow residents follow; optional when the program has one."
                        ),
                        "start": SchemaKeywords.string(
                            "The first simulated day, YYYY-MM-DD.",
                            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                        ),
                        "days": SchemaKeywords.integer(
                            "Days to simulate (default 365; `--days` overrides).",
                            minimum: 1
                        ),
                        "seed": SchemaKeywords.integer(
                            "The seed when `--seed` is not given (default 1).",
                            minimum: 0
                        ),
                        "arrivals": SchemaKeywords.closedObject(
                            "Residents arriving per week.",
                            required: ["per_week"],
                            properties: [
                                "per_week": SchemaKeywords.number("Mean arrivals per week."),
                                "by_month": [
                                    "description": "Arrivals per week for some months, keyed by month number 1-12.",
                                    "type": "object", "additionalProperties": ["type": "number"],
                                ],
                                "pattern": SchemaKeywords.enumeration(
                                    ["poisson", "regular"],
                                    "poisson (default): a Poisson draw each day; regular: evenly spread."
                                ),
                            ]
                        ),
                        "initial": SchemaKeywords.closedObject(
                            "New residents: the first stage and facts drawn at admission.",
                            required: [],
                            properties: [
                                "stage": SchemaKeywords.string("The first stage (default: the workflow's start)."),
                                "facts": [
                                    "description": "Fact path (resident.NAME) → distribution.", "type": "object",
                                    "additionalProperties": ["$ref": "#/$defs/scenarioDistribution"],
                                ],
                            ]
                        ),
                        "events": SchemaKeywords.array(
                            of: ["$ref": "#/$defs/scenarioEvent"],
                            "Chance events, checked each day in order."
                        ),
                        "on_move": [
                            "$ref": "#/$defs/scenarioEffects",
                            "description": "Fact changes after every stage move.",
                        ],
                        "referrals": SchemaKeywords.closedObject(
                            "How referrals turn out.",
                            required: [],
                            properties: [
                                "default": [
                                    "$ref": "#/$defs/scenarioReferral",
                                    "description": "For services without their own entry.",
                                ],
                                "services": [
                                    "description": "Service id → how its referrals turn out.", "type": "object",
                                    "additionalProperties": ["$ref": "#/$defs/scenarioReferral"],
                                ],
                            ]
                        ),
                    ]
                )
            ),
            .init(
                "scenarioDistribution",
                [
                    "description":
                        "How a fact is drawn: exactly one of value, weights, choose, uniform, normal, chance; optional unknown, min, max.",
                    "type": "object",
                    "properties": [
                        "value": ["description": "Always this value."],
                        "weights": [
                            "description": "Value → relative weight (enum, bool, string and int facts).",
                            "type": "object",
                        ],
                        "choose": SchemaKeywords.array(
                            of: [
                                "type": "object", "required": ["weight", "value"],
                                "properties": [
                                    "weight": SchemaKeywords.number("The relative weight."),
                                    "value": ["description": "The value, as in a resident file."],
                                ],
                            ],
                            "Any values (lists, objects) with relative weights."
                        ),
                        "uniform": SchemaKeywords.array(
                            of: ["type": "number"],
                            "[low, high], inclusive.",
                            minItems: 2
                        ),
                        "normal": SchemaKeywords.closedObject(
                            "A normal draw (Irwin-Hall approximation).",
                            required: ["mean", "sd"],
                            properties: [
                                "mean": SchemaKeywords.number("The mean."),
                                "sd": SchemaKeywords.number("The standard deviation."),
                            ]
                        ),
                        "chance": SchemaKeywords.number("Probability of true (bool facts)."),
                        "unknown": SchemaKeywords.number("Probability that the fact is left unrecorded."),
                        "min": SchemaKeywords.number("Lower bound for numeric draws."),
                        "max": SchemaKeywords.number("Upper bound for numeric draws."),
                    ],
                    "additionalProperties": false,
                ]
            ),
            .init(
                "scenarioEffects",
                SchemaKeywords.closedObject(
                    "Fact changes: set (values), sample (distributions), compute (expressions).",
                    required: [],
                    properties: [
                        "set": ["description": "Fact path → value.", "type": "object"],
                        "sample": [
                            "description": "Fact path → distribution.", "type": "object",
                            "additionalProperties": ["$ref": "#/$defs/scenarioDistribution"],
                        ],
                        "compute": [
                            "description": "Fact path → expression over the resident.", "type": "object",
                            "additionalProperties": ["type": "string"],
                        ],
                    ]
                )
            ),
            .init(
                "scenarioEvent",
                SchemaKeywords.closedObject(
                    "A chance event.",
                    required: ["id"],
                    properties: [
                        "id": SchemaKeywords.string("The event id, for reports."),
                        "when": SchemaKeywords.string(
                            "A condition in the workflow's environment; undetermined counts as false."
                        ),
                        "chance": [
                            "description":
                                "{per_day: P} or {per_week: P}; default: every day the condition holds.",
                            "type": "object", "minProperties": 1, "maxProperties": 1,
                            "properties": [
                                "per_day": SchemaKeywords.number("Probability 0-1 per day."),
                                "per_week": SchemaKeywords.number("Probability 0-1 per week."),
                            ],
                            "additionalProperties": false,
                        ],
                        "once": SchemaKeywords.boolean("Whether it happens at most once per resident."),
                        "set": ["description": "Fact path → value.", "type": "object"],
                        "sample": ["description": "Fact path → distribution.", "type": "object"],
                        "compute": ["description": "Fact path → expression.", "type": "object"],
                    ]
                )
            ),
            .init(
                "scenarioReferral",
                SchemaKeywords.closedObject(
                    "After a delay, a pending referral is completed (with the acceptance probability) or declined.",
                    required: [],
                    properties: [
                        "acceptance": SchemaKeywords.number(
                            "Probability 0-1 of completed rather than declined."
                        ),
                        "days": ["description": "Days from pending to the outcome: N or [min, max]."],
                    ]
                )
            ),
        ]
    }
}
