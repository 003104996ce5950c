"""The plan as plain Python: typed records (types), the one builder (build), and queries over them.

Nothing here reads files or knows MkDocs; every layer above builds on these records.
"""
