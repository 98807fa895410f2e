"""incadea-desk: Incadea DMS workorders into Claire, from a service advisor's desk."""

import sys

# httpx imports its own command-line client (click, rich and pygments: about 70 ms)
# whenever those happen to be installed, as the developer tools install them. This
# application never runs that client; an entry of None makes the import fail, and
# httpx then defines a stand-in for it instead.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
