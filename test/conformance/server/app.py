"""A scripted ChatKit server built on the real `openai-chatkit` package: no model, no API key.

It subclasses `chatkit.server.ChatKitServer`, keeps threads in memory, and picks a behaviour from the
prefix of the user's text (`hello:`, `widget:`, `tool:` ...). The vocabulary is documented in
`test/conformance/README.md`; the demo backend speaks the same one, so the same scenarios run
against both.

Run: python app.py [--port N]   (prints `LISTENING <port>` once it accepts connections)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse

from chatkit.errors import CustomStreamError
from chatkit.server import ChatKitServer, StreamingResult, stream_widget
from chatkit.store import NotFoundError, Store
from chatkit.types import (
    Annotation,
    AssistantMessageContent,
    AssistantMessageContentPartAdded,
    AssistantMessageContentPartAnnotationAdded,
    AssistantMessageContentPartDone,
    AssistantMessageContentPartTextDelta,
    AssistantMessageItem,
    ClientEffectEvent,
    ClientToolCallItem,
    DurationSummary,
    EndOfTurnItem,
    GeneratedImage,
    GeneratedImageItem,
    GeneratedImageUpdated,
    HiddenContextItem,
    LockedStatus,
    NoticeEvent,
    Page,
    ProgressUpdateEvent,
    SearchTask,
    SyncCustomActionResponse,
    TaskItem,
    CustomTask,
    ThoughtTask,
    ThreadItemAddedEvent,
    ThreadItemDoneEvent,
    ThreadItemRemovedEvent,
    ThreadItemReplacedEvent,
    ThreadItemUpdatedEvent,
    ThreadMetadata,
    URLSource,
    UserMessageItem,
    UserMessageTagContent,
    UserMessageTextContent,
    WidgetComponentUpdated,
    WidgetItem,
    WidgetRootUpdated,
    Workflow,
    WorkflowItem,
    WorkflowTaskAdded,
    WorkflowTaskUpdated,
)
from chatkit.widgets import DynamicWidgetRoot

Ctx = dict[str, Any]


class MemoryStore(Store[Ctx]):
    """Threads and items in dicts. Items keep insertion order; `save_item` keeps the position."""

    def __init__(self) -> None:
        self.threads: dict[str, ThreadMetadata] = {}
        self.items: dict[str, list[Any]] = {}
        self.attachments: dict[str, Any] = {}
        self.counter = 0

    def _next(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}_{self.counter:08x}"

    def now(self) -> datetime:
        return datetime.now()

    def generate_thread_id(self, context: Ctx) -> str:
        return self._next("thr")

    def generate_item_id(self, item_type: str, thread: ThreadMetadata, context: Ctx) -> str:
        prefixes = {"message": "msg", "tool_call": "tc", "workflow": "wf", "task": "tsk"}
        return self._next(prefixes.get(item_type, "itm"))

    async def load_thread(self, thread_id: str, context: Ctx) -> ThreadMetadata:
        if thread_id not in self.threads:
            raise NotFoundError(f"Thread {thread_id} not found")
        return self.threads[thread_id].model_copy(deep=True)

    async def save_thread(self, thread: ThreadMetadata, context: Ctx) -> None:
        self.threads[thread.id] = ThreadMetadata(**thread.model_dump(exclude={"items"}))
        self.items.setdefault(thread.id, [])

    @staticmethod
    def _page(rows: list[Any], after: str | None, limit: int, order: str) -> Page[Any]:
        ordered = list(rows) if order == "asc" else list(reversed(rows))
        start = 0
        if after:
            ids = [r.id for r in ordered]
            start = ids.index(after) + 1 if after in ids else len(ordered)
        chunk = ordered[start : start + limit]
        has_more = start + limit < len(ordered)
        return Page(data=chunk, has_more=has_more, after=chunk[-1].id if has_more and chunk else None)

    async def load_thread_items(
        self, thread_id: str, after: str | None, limit: int, order: str, context: Ctx
    ) -> Page[Any]:
        return self._page(self.items.get(thread_id, []), after, limit, order)

    async def load_threads(self, limit: int, after: str | None, order: str, context: Ctx) -> Page[Any]:
        rows = sorted(self.threads.values(), key=lambda t: t.created_at)
        return self._page(rows, after, limit, order)

    async def add_thread_item(self, thread_id: str, item: Any, context: Ctx) -> None:
        rows = self.items.setdefault(thread_id, [])
        for i, row in enumerate(rows):
            if row.id == item.id:
                rows[i] = item
                return
        rows.append(item)

    async def save_item(self, thread_id: str, item: Any, context: Ctx) -> None:
        await self.add_thread_item(thread_id, item, context)

    async def load_item(self, thread_id: str, item_id: str, context: Ctx) -> Any:
        for row in self.items.get(thread_id, []):
            if row.id == item_id:
                return row
        raise NotFoundError(f"Item {item_id} not found")

    async def delete_thread(self, thread_id: str, context: Ctx) -> None:
        self.threads.pop(thread_id, None)
        self.items.pop(thread_id, None)

    async def delete_thread_item(self, thread_id: str, item_id: str, context: Ctx) -> None:
        self.items[thread_id] = [r for r in self.items.get(thread_id, []) if r.id != item_id]

    async def save_attachment(self, attachment: Any, context: Ctx) -> None:
        self.attachments[attachment.id] = attachment

    async def load_attachment(self, attachment_id: str, context: Ctx) -> Any:
        if attachment_id not in self.attachments:
            raise NotFoundError(attachment_id)
        return self.attachments[attachment_id]

    async def delete_attachment(self, attachment_id: str, context: Ctx) -> None:
        self.attachments.pop(attachment_id, None)


def user_text(message: UserMessageItem | None) -> str:
    """The message as plain text, tags written as their text."""
    if message is None:
        return ""
    parts: list[str] = []
    for part in message.content:
        if isinstance(part, UserMessageTextContent):
            parts.append(part.text)
        elif isinstance(part, UserMessageTagContent):
            parts.append(part.text)
    return "".join(parts)


def draft_widget(title: str, body: str, streaming: bool | None, confirm: bool = False) -> DynamicWidgetRoot:
    markdown: dict[str, Any] = {"type": "Markdown", "id": "body", "value": body, "streaming": streaming}
    # Every state carries the same keys: the SDK's diff_widget (1.6.5) calls getattr(before, key)
    # for keys only `after` has, which raises for extra keys of a DynamicWidgetRoot; whether it is
    # reached depends on set iteration order, so the crash is random. None values are not sent.
    root: dict[str, Any] = {
        "type": "Card",
        "children": [{"type": "Title", "value": title}, markdown],
        "confirm": None,
        "cancel": None,
    }
    if confirm:
        root["confirm"] = {
            "label": "Send",
            "action": {"type": "draft.send", "payload": {"draft_id": "d1"}},
        }
        root["cancel"] = {"label": "Discard", "action": {"type": "draft.discard"}}
    return DynamicWidgetRoot.model_validate(root)


class ScriptedServer(ChatKitServer[Ctx]):
    """Behaviour picked from the user's text prefix. No model is called."""

    def __init__(self, store: MemoryStore) -> None:
        super().__init__(store)
        self.memory = store
        self.feedback: list[dict[str, Any]] = []
        self.flaky_seen: set[str] = set()

    def _id(self, kind: str, thread: ThreadMetadata) -> str:
        return self.store.generate_item_id(kind, thread, {})  # type: ignore[arg-type]

    def _assistant(self, thread: ThreadMetadata, text: str, annotations: list[Annotation] | None = None) -> AssistantMessageItem:
        return AssistantMessageItem(
            id=self._id("message", thread),
            thread_id=thread.id,
            created_at=self.memory.now(),
            content=[AssistantMessageContent(text=text, annotations=annotations or [])],
        )

    async def respond(
        self, thread: ThreadMetadata, input_user_message: UserMessageItem | None, context: Ctx
    ) -> AsyncIterator[Any]:
        if input_user_message is None:
            async for event in self._continue_after_tool(thread):
                yield event
            return
        text = user_text(input_user_message)
        command, _, rest = text.partition(":")
        command = command.strip().lower() if rest else ""
        handler = getattr(self, f"_do_{command}", None) if command.isidentifier() else None
        if handler is None:
            yield ThreadItemDoneEvent(item=self._assistant(thread, self._echo(input_user_message)))
            return
        async for event in handler(thread, rest.strip(), input_user_message, context):
            yield event

    def _echo(self, message: UserMessageItem) -> str:
        text = f"echo {user_text(message)}"
        tags = [p for p in message.content if isinstance(p, UserMessageTagContent)]
        if tags:
            text += " | tags: " + ", ".join(f"{t.id}({t.group or '-'})" for t in tags)
        options = message.inference_options
        if options.tool_choice:
            text += f" | tool: {options.tool_choice.id}"
        if options.model:
            text += f" | model: {options.model}"
        return text

    # -- scripted behaviours -------------------------------------------------------------------

    async def _do_hello(self, thread, rest, message, context):
        if not thread.title:
            thread.title = "Greeting"
        item = self._assistant(thread, "")
        yield ThreadItemAddedEvent(item=item)
        yield ThreadItemUpdatedEvent(
            item_id=item.id,
            update=AssistantMessageContentPartAdded(content_index=0, content=AssistantMessageContent(text="", annotations=[])),
        )
        text = ""
        for delta in ["Hello", ", ", "world!"]:
            text += delta
            await asyncio.sleep(0.01)
            yield ThreadItemUpdatedEvent(
                item_id=item.id, update=AssistantMessageContentPartTextDelta(content_index=0, delta=delta)
            )
        annotation = Annotation(source=URLSource(title="Hello page", url="https://example.com/hello"), index=13)
        yield ThreadItemUpdatedEvent(
            item_id=item.id,
            update=AssistantMessageContentPartAnnotationAdded(content_index=0, annotation_index=0, annotation=annotation),
        )
        # As the Agents bridge does: `done` for the part carries no annotations.
        yield ThreadItemUpdatedEvent(
            item_id=item.id,
            update=AssistantMessageContentPartDone(content_index=0, content=AssistantMessageContent(text=text, annotations=[])),
        )
        yield ThreadItemDoneEvent(
            item=item.model_copy(update={"content": [AssistantMessageContent(text=text, annotations=[annotation])]})
        )

    async def _do_title(self, thread, rest, message, context):
        thread.title = rest or "Untitled"
        yield ThreadItemDoneEvent(item=self._assistant(thread, f"Title set to {thread.title}"))

    async def _do_lock(self, thread, rest, message, context):
        thread.status = LockedStatus(reason=rest or "Locked by the server")
        yield ThreadItemDoneEvent(item=self._assistant(thread, "This thread is now locked."))

    async def _do_widget(self, thread, rest, message, context):
        body = "Dear team, the release ships Friday."

        async def states():
            yield draft_widget("Draft", "", True)
            yield draft_widget("Draft", "Dear team,", True)
            yield draft_widget("Draft", "Dear team, the release", True)
            yield draft_widget("Draft", body, False)
            yield draft_widget("Final draft", body, None, confirm=True)

        async for event in stream_widget(
            thread, states(), copy_text=body, generate_id=lambda kind: self._id(kind, thread)
        ):
            yield event

    async def _do_effect(self, thread, rest, message, context):
        yield ClientEffectEvent(name="toast", data={"text": rest or "Hi from the server"})
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Effect sent."))

    async def _do_progress(self, thread, rest, message, context):
        yield ProgressUpdateEvent(icon="search", text="Searching tickets…")
        await asyncio.sleep(0.01)
        yield ProgressUpdateEvent(text="Reading results…")
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Found 3 tickets."))

    async def _do_notice(self, thread, rest, message, context):
        yield NoticeEvent(level="warning", title="Heads up", message=rest or "This is a **notice**.")
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Notice shown."))

    async def _do_boom(self, thread, rest, message, context):
        yield ThreadItemAddedEvent(item=self._assistant(thread, "partial"))
        raise RuntimeError("scripted failure")

    async def _do_flaky(self, thread, rest, message, context):
        # Fails the first time a given message is answered, succeeds on retry.
        if message.id not in self.flaky_seen:
            self.flaky_seen.add(message.id)
            raise RuntimeError("flaky failure")
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Recovered on retry."))

    async def _do_custom_error(self, thread, rest, message, context):
        raise CustomStreamError(rest or "You have hit your daily quota.", allow_retry=False)
        yield  # pragma: no cover

    async def _do_cut(self, thread, rest, message, context):
        item = self._assistant(thread, "")
        yield ThreadItemAddedEvent(item=item)
        yield ThreadItemUpdatedEvent(
            item_id=item.id, update=AssistantMessageContentPartTextDelta(content_index=0, delta="Half an ans")
        )
        # The HTTP route sees this flag and drops the connection mid-body, as the SDK does when it
        # fails after the 200 status was sent.
        context["cut"] = True
        yield ProgressUpdateEvent(text="last event before the cut")

    async def _do_slow(self, thread, rest, message, context):
        item = self._assistant(thread, "")
        yield ThreadItemAddedEvent(item=item)
        for i in range(200):
            await asyncio.sleep(0.05)
            yield ThreadItemUpdatedEvent(
                item_id=item.id, update=AssistantMessageContentPartTextDelta(content_index=0, delta=f"tok{i} ")
            )
        yield ThreadItemDoneEvent(item=item)

    async def _do_tool(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(
            item=ClientToolCallItem(
                id=self._id("tool_call", thread),
                thread_id=thread.id,
                created_at=self.memory.now(),
                status="pending",
                call_id="call_abc123",
                name=rest or "get_selected_canvas_nodes",
                arguments={"project": "p1"},
            )
        )

    async def _continue_after_tool(self, thread):
        items = await self.store.load_thread_items(thread.id, None, 1, "desc", {})
        last = items.data[0] if items.data else None
        output = getattr(last, "output", None)
        text = f"Tool {getattr(last, 'name', '?')} returned {json.dumps(output, sort_keys=True)}"
        yield ThreadItemDoneEvent(item=self._assistant(thread, text))

    async def _do_workflow(self, thread, rest, message, context):
        wf = WorkflowItem(
            id=self._id("workflow", thread), thread_id=thread.id, created_at=self.memory.now(),
            workflow=Workflow(type="reasoning", tasks=[], expanded=False),
        )
        yield ThreadItemAddedEvent(item=wf)
        yield ThreadItemUpdatedEvent(item_id=wf.id, update=WorkflowTaskAdded(task_index=0, task=ThoughtTask(content="Thinking about")))
        yield ThreadItemUpdatedEvent(item_id=wf.id, update=WorkflowTaskUpdated(task_index=0, task=ThoughtTask(content="Thinking about the question.")))
        search = SearchTask(
            title="Searched the web", queries=["chatkit protocol"], status_indicator="complete",
            sources=[URLSource(title="Example", url="https://example.com")],
        )
        yield ThreadItemUpdatedEvent(item_id=wf.id, update=WorkflowTaskAdded(task_index=1, task=search))
        yield ThreadItemDoneEvent(
            item=wf.model_copy(update={"workflow": Workflow(
                type="reasoning", tasks=[ThoughtTask(content="Thinking about the question."), search],
                summary=DurationSummary(duration=3), expanded=False)})
        )
        img = GeneratedImageItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now())
        yield ThreadItemAddedEvent(item=img)
        yield ThreadItemUpdatedEvent(
            item_id=img.id, update=GeneratedImageUpdated(image=GeneratedImage(id="ig_1", url="data:image/png;base64,iVBORw0KGgo="), progress=0.5)
        )
        yield ThreadItemDoneEvent(item=img.model_copy(update={"image": GeneratedImage(id="ig_1", url="data:image/png;base64,iVBORw0KGgoAAAA=")}))
        yield ThreadItemDoneEvent(
            item=HiddenContextItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now(), content="secret")
        )
        yield ThreadItemDoneEvent(
            item=TaskItem(id=self._id("task", thread), thread_id=thread.id, created_at=self.memory.now(),
                          task=CustomTask(title="Booked flight", icon="check", content="OA917"))
        )
        yield ThreadItemDoneEvent(item=EndOfTurnItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now()))

    async def _do_hidden(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(
            item=HiddenContextItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now(), content=rest)
        )
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Noted."))

    async def _do_remove(self, thread, rest, message, context):
        item = self._assistant(thread, "This will be withdrawn.")
        yield ThreadItemDoneEvent(item=item)
        yield ThreadItemRemovedEvent(item_id=item.id)
        yield ThreadItemDoneEvent(item=self._assistant(thread, "A guardrail removed the previous answer."))

    # -- actions -------------------------------------------------------------------------------

    async def action(self, thread, action, sender, context) -> AsyncIterator[Any]:
        if action.type == "draft.send" and sender is not None:
            widget = DynamicWidgetRoot.model_validate(
                {"type": "Card", "children": [{"type": "Title", "value": "Sent"}, {"type": "Text", "value": "Your message was sent."}]}
            )
            yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": widget}))
            yield ClientEffectEvent(name="toast", data={"text": "Sent!"})
            yield ThreadItemDoneEvent(item=self._assistant(thread, "Done - the draft was sent."))
        elif action.type == "draft.update" and sender is not None:
            root = {"type": "Card", "children": [{"type": "Title", "value": "Editing"}, {"type": "Markdown", "id": "body", "value": "v1"}]}
            yield ThreadItemUpdatedEvent(item_id=sender.id, update=WidgetRootUpdated(widget=DynamicWidgetRoot.model_validate(root)))
            final = {"type": "Markdown", "id": "body", "value": "v2 (patched)"}
            from chatkit.widgets import DynamicWidgetComponent
            yield ThreadItemUpdatedEvent(
                item_id=sender.id,
                update=WidgetComponentUpdated(component_id="body", component=DynamicWidgetComponent.model_validate(final)),
            )
            # Updates are not persisted by the SDK; store the final state so a reload matches.
            root["children"][1] = final
            await self.store.save_item(thread.id, sender.model_copy(update={"widget": DynamicWidgetRoot.model_validate(root)}), context)
        elif action.type == "say":
            payload = action.payload or {}
            yield ThreadItemDoneEvent(item=self._assistant(thread, f"You said {payload.get('text', '')}"))
        else:
            raise CustomStreamError(f"Unknown action {action.type}", allow_retry=False)

    async def sync_action(self, thread, action, sender, context) -> SyncCustomActionResponse:
        if sender is None:
            return SyncCustomActionResponse()
        count = int((action.payload or {}).get("count", 0)) + 1
        widget = DynamicWidgetRoot.model_validate(
            {"type": "Card", "children": [{"type": "Text", "value": f"Clicked {count} times"}]}
        )
        updated = sender.model_copy(update={"widget": widget})
        await self.store.save_item(thread.id, updated, context)
        return SyncCustomActionResponse(updated_item=updated)

    async def add_feedback(self, thread_id, item_ids, feedback, context) -> None:
        self.feedback.append({"thread_id": thread_id, "item_ids": list(item_ids), "kind": feedback})


def create_app() -> FastAPI:
    store = MemoryStore()
    server = ScriptedServer(store)
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])

    @app.post("/chatkit")
    async def chatkit(request: Request) -> Response:
        context: Ctx = {"request": request}
        result = await server.process(await request.body(), context)
        if isinstance(result, StreamingResult):
            async def body():
                async for chunk in result:
                    yield chunk
                    if context.get("cut"):
                        # Let the client read what was sent: a reset discards unread bytes.
                        await asyncio.sleep(0.3)
                        raise RuntimeError("scripted connection cut")
            return StreamingResponse(body(), media_type="text/event-stream")
        return Response(content=result.json, media_type="application/json")

    @app.get("/debug/feedback")
    async def debug_feedback() -> JSONResponse:
        return JSONResponse(server.feedback)

    @app.get("/health")
    async def health() -> JSONResponse:
        return JSONResponse({"ok": True})

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    print(f"LISTENING {port}", flush=True)
    server.run(sockets=[sock])
    sys.exit(0)


if __name__ == "__main__":
    main()
