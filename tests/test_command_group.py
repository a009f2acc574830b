import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True)


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("generate", "inspect", "quiz", "export", "lint"):
        assert command in result.stdout


def test_unknown_command_is_one_line_and_non_zero():
    result = run("no-such-command")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
