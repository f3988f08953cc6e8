/// A namespace for the JSON reader used for resident batches and `--vars` files.
public enum JSON {}
