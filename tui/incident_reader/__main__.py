"""Allow ``python -m incident_reader`` to behave like the console script."""

import sys

from incident_reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
