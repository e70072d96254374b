"""`python -m conflict_timeline ...`: see conflict_timeline.cli."""

from conflict_timeline.cli import main

raise SystemExit(main())
