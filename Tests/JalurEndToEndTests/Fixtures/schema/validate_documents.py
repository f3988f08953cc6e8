"""Validate YAML documents against a JSON Schema; used by the Swift test suite.

Usage: python3 validate_documents.py SCHEMA.json FILE.yaml...

YAML is read with the YAML 1.2 core schema, as Jalur and editors read it: dates stay strings and only
true/false are booleans. Prints one line per invalid document (file, document number, path, message) and
a final 'N documents valid, M invalid' line. Exits 0 when every document is valid, 1 otherwise, 2 on bad
usage or unreadable input.
"""

import json
import re
import sys

import jsonschema
import yaml

_DROPPED = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1 timestamps and yes/no/on/off booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def stringify_keys(value):
    """Make mapping keys strings, as JSON and editors see them."""
    if isinstance(value, dict):
        return {str(key): stringify_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [stringify_keys(item) for item in value]
    return value


def main(argv):
    if len(argv) < 3:
        print("usage: validate_documents.py SCHEMA.json FILE.yaml...", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    valid = invalid = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            documents = list(yaml.load_all(handle, Loader=Yaml12Loader))
        for number, document in enumerate(documents, start=1):
            errors = sorted(validator.iter_errors(stringify_keys(document)), key=lambda e: list(e.absolute_path))
            if not errors:
                valid += 1
                continue
            invalid += 1
            lines = []
            for error in errors:
                where = "/".join(str(part) for part in error.absolute_path) or "(root)"
                line = f"{path}: document {number}: {where}: {error.message}"
                if line not in lines:
                    lines.append(line)
            print("\n".join(lines))
    print(f"{valid} documents valid, {invalid} invalid")
    return 0 if invalid == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
