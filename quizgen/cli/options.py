"""Options shared by several subcommands."""

from __future__ import annotations

import click

banks_argument = click.argument("banks", nargs=-1, type=click.Path(path_type=str))
approved_only_option = click.option(
    "--approved-only", is_flag=True, help="Only questions an instructor has approved."
)
