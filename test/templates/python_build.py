"""Ground truth for the `.widget` tests: builds widgets with the real openai-chatkit SDK.

Reads a JSON list of {"widget": <.widget JSON>, "data": <object or null>} on stdin and writes a
JSON list of {"ok": <WidgetTemplate(widget).build(data) dumped as the server sends it
(exclude_none)>} or {"error": "<type>: <message>"}
on stdout, in the same order. Run by test/templates/*.node.test.ts with the project's .venv.
"""

import json
import sys

from chatkit.widgets import WidgetTemplate


def build(case):
    try:
        widget = WidgetTemplate(case["widget"]).build(case.get("data"))
        return {"ok": widget.model_dump(mode="json", exclude_none=True)}
    except Exception as error:  # noqa: BLE001 - the kind of failure is part of the answer
        return {"error": f"{type(error).__name__}: {error}"}


def main():
    cases = json.load(sys.stdin)
    json.dump([build(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
