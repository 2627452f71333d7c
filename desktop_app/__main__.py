"""`python -m desktop_app` is the same program as the `casedesk` command."""

import multiprocessing
import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the demo generator's worker processes in a frozen build
    sys.exit(main())
