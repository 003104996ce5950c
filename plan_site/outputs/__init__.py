"""Files made from the model for people and programs to take away: today the report templates (report.py).

The package will also hold the other outputs (Akoma Ntoso, open data, feeds, metadata) as the modules
move here from plan_site/.
"""
