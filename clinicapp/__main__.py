from clinicapp.cli import main

raise SystemExit(main())
