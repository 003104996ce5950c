"""Machine formats of the plan: Akoma Ntoso, open data (JSON, CSV, datapackage), Atom, JSON-LD, CSP,
and the report templates officials fill in (Word).
"""
