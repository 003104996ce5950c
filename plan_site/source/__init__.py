"""Reading the data: the guarded YAML reader, the schema, every check, and loading the plan they pass."""
