"""Command line entry point: `clinicapp [options]` and `clinicapp validate`.

Sub-commands are dispatched before Qt is imported, so `validate` runs on
machines (and in CI steps) where no display or Qt plugin is available.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clinicapp import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def validate_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clinicapp validate",
        description="Check a content folder. Exit 0 when clean, 1 when problems were found.",
    )
    parser.add_argument(
        "directory", nargs="?", type=Path, default=None, help="content folder (default: the bundled content)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object for tools")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)

    from clinicapp.content.validate import print_human, print_json, validate
    from clinicapp.paths import bundled_content_dir

    directory = args.directory or bundled_content_dir()
    if not directory.is_dir():
        print(f"clinicapp validate: {directory}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = validate(directory)
    except FileNotFoundError as exc:
        print(f"clinicapp validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    (print_json if args.json else print_human)(report, sys.stdout)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def hash_pin_main(argv: list[str]) -> int:
    """Ask for a new staff PIN twice and print the config line that holds only its hash."""
    parser = argparse.ArgumentParser(
        prog="clinicapp hash-pin",
        description="Ask for a staff PIN (twice, not shown) and print the `staff_pin:` line for config.yaml.",
    )
    try:
        parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    import getpass

    from clinicapp.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH, check_new_pin, hash_pin

    try:
        first = getpass.getpass(f"New staff PIN ({MIN_PIN_LENGTH}-{MAX_PIN_LENGTH} digits): ")
        second = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("\nclinicapp hash-pin: cancelled; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    if first != second:
        print("clinicapp hash-pin: the two PINs differ; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    problem = check_new_pin(first)
    if problem:
        print(f"clinicapp hash-pin: {problem}; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f'staff_pin: "{hash_pin(first)}"')
    return EXIT_OK


def _idle_seconds(text: str) -> int:
    from clinicapp.config import MAX_IDLE_TIMEOUT, MIN_IDLE_TIMEOUT

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if not MIN_IDLE_TIMEOUT <= value <= MAX_IDLE_TIMEOUT:
        raise argparse.ArgumentTypeError(f"must be from {MIN_IDLE_TIMEOUT} to {MAX_IDLE_TIMEOUT} seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinicapp",
        description="Patient education for pain clinics. Sub-commands: validate [DIR] [--json], hash-pin.",
    )
    parser.add_argument("--version", action="version", version=f"clinicapp {__version__}")
    parser.add_argument("--content", type=Path, metavar="DIR", help="content folder to show")
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file read after the standard ones")
    parser.add_argument(
        "--kiosk", action="store_true", default=None, help="waiting-room mode: full screen, locked, cleared when idle"
    )
    parser.add_argument(
        "--no-kiosk",
        "--clinician",
        dest="kiosk",
        action="store_false",
        default=None,
        help="clinician mode even when the settings say kiosk or cannot be read (settings problems force kiosk)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_idle_seconds,
        metavar="SECONDS",
        help="kiosk: seconds without a touch before the visit is cleared (default 120)",
    )
    parser.add_argument("--lang", metavar="CODE", help="content language, e.g. en (its content folder must exist)")
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
        help="how much goes into the log (default INFO)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="start offscreen, open every area, print a report, exit 0 or 1"
    )
    parser.add_argument(
        "--exit-after-paint", action="store_true", help="quit right after the first frame is painted (start-up timing)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "validate":
        return validate_main(argv[1:])
    if argv and argv[0] == "hash-pin":
        return hash_pin_main(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.config is not None and not args.config.is_file():
        print(f"clinicapp: error: --config {args.config}: no such file", file=sys.stderr)
        return EXIT_USAGE
    from clinicapp.app import run  # Qt is imported only from here on

    return run(args)
