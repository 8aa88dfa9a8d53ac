from typer.testing import CliRunner

from warta.cli import app


def test_cli_help_lists_commands() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "warta" in result.output.lower()
