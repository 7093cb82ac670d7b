"""The scripted `ChatKitServer`: it answers each user message with the behaviour its prefix names
(behaviours.py), or an echo; it runs the widgets' actions (custom and sync), dictation and
feedback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from chatkit.errors import CustomStreamError
from chatkit.server import ChatKitServer
from chatkit.types import (
    ClientToolCallItem,
    ThreadItemDoneEvent,
    ThreadItemReplacedEvent,
    ThreadMetadata,
    UserMessageItem,
    UserMessageTagContent,
    UserMessageTextContent,
    WidgetComponentUpdated,
    WidgetRootUpdated,
)

from behaviours import ScriptedBehaviours
from compat import (
    ClientEffectEvent,
    SyncCustomActionResponse,
    ThreadItemUpdatedEvent,
    has,
    widget_component,
    widget_root,
)
from memory_store import Ctx, MemoryAttachments, MemoryStore
from sample_content import sample_widget


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


# Behaviours that need a feature of a newer release (compat.FEATURES); without it they echo.
NEEDS = {"effect": "client_effect", "ask": "structured_input"}


class ScriptedServer(ScriptedBehaviours, ChatKitServer[Ctx]):
    """Behaviour picked from the user's text prefix. No model is called."""

    def __init__(self, store: MemoryStore) -> None:
        self.attachments = MemoryAttachments(store)
        super().__init__(store, self.attachments)
        self.memory = store
        self.feedback: list[dict[str, Any]] = []
        self.flaky_seen: set[str] = set()

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
        if command in NEEDS and not has(NEEDS[command]):
            handler = None  # A behaviour this release cannot script: the plain echo instead.
        if handler is None:
            yield ThreadItemDoneEvent(item=self._assistant(thread, self._echo(input_user_message)))
            return
        async for event in handler(thread, rest.strip(), input_user_message, context):
            yield event

    def _echo(self, message: UserMessageItem) -> str:
        text = f"echo {user_text(message)}"
        tags = [p for p in message.content if isinstance(p, UserMessageTagContent)]
        if tags:
            text += " | tags: " + ", ".join(f"{t.id}({getattr(t, 'group', None) or '-'})" for t in tags)
        if message.attachments:
            text += " | attachments: " + ", ".join(a.name for a in message.attachments)
        options = message.inference_options
        if options.tool_choice:
            text += f" | tool: {options.tool_choice.id}"
        if options.model:
            text += f" | model: {options.model}"
        return text
    # -- actions -------------------------------------------------------------------------------

    async def action(self, thread, action, sender, context) -> AsyncIterator[Any]:
        if action.type == "draft.send" and sender is not None:
            widget = widget_root(
                {"type": "Card", "children": [{"type": "Title", "value": "Sent"}, {"type": "Text", "value": "Your message was sent."}]}
            )
            yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": widget}))
            if has("client_effect"):
                yield ClientEffectEvent(name="toast", data={"text": "Sent!"})
            yield ThreadItemDoneEvent(item=self._assistant(thread, "Done - the draft was sent."))
        elif action.type == "draft.update" and sender is not None:
            root = {"type": "Card", "children": [{"type": "Title", "value": "Editing"}, {"type": "Markdown", "id": "body", "value": "v1"}]}
            yield ThreadItemUpdatedEvent(item_id=sender.id, update=WidgetRootUpdated(widget=widget_root(root)))
            final = {"type": "Markdown", "id": "body", "value": "v2 (patched)"}
            yield ThreadItemUpdatedEvent(
                item_id=sender.id,
                update=WidgetComponentUpdated(component_id="body", component=widget_component(final)),
            )
            # Updates are not persisted by the SDK; store the final state so a reload matches.
            root["children"][1] = final
            await self.store.save_item(thread.id, sender.model_copy(update={"widget": widget_root(root)}), context)
        elif action.type == "line.select" and sender is not None:
            line = str((action.payload or {}).get("id", ""))
            name = {"blue": "Blue Line", "purple": "Purple Line", "orange": "Orange Line"}.get(line, line)
            yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": sample_widget("line_selected", name=name)}))
            if has("client_effect"):
                yield ClientEffectEvent(name="location_select_mode", data={"line": line})
            yield ThreadItemDoneEvent(
                item=ClientToolCallItem(
                    id=self._id("tool_call", thread), thread_id=thread.id, created_at=self.memory.now(),
                    status="pending", call_id="call_map", name="get_map_view", arguments={"line": line},
                )
            )
        elif action.type == "cats.select_name" and sender is not None:
            name = str((action.payload or {}).get("name", ""))
            yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": sample_widget("cat_named", name=name)}))
            yield ThreadItemDoneEvent(item=self._assistant(thread, f"{name} it is."))
        elif action.type == "flight.select":
            flight = str((action.payload or {}).get("flight", ""))
            yield ThreadItemDoneEvent(item=self._widget_item(thread, sample_widget("booking_confirmed", flight=flight)))
            yield ThreadItemDoneEvent(item=self._assistant(thread, f"Booked {flight}."))
        elif action.type == "say":
            payload = action.payload or {}
            yield ThreadItemDoneEvent(item=self._assistant(thread, f"You said {payload.get('text', '')}"))
        else:
            raise CustomStreamError(f"Unknown action {action.type}", allow_retry=False)

    # Releases without these requests answer them with HTTP 500 (an unknown request type), which
    # is what the conformance tests check there: the methods exist only where the SDK calls them.
    if has("sync_action"):

        async def sync_action(self, thread, action, sender, context) -> Any:
            if sender is None:
                return SyncCustomActionResponse()
            count = int((action.payload or {}).get("count", 0)) + 1
            widget = widget_root(
                {"type": "Card", "children": [{"type": "Text", "value": f"Clicked {count} times"}]}
            )
            updated = sender.model_copy(update={"widget": widget})
            await self.store.save_item(thread.id, updated, context)
            return SyncCustomActionResponse(updated_item=updated)

    if has("transcribe"):

        async def transcribe(self, audio_input, context) -> Any:
            from chatkit.types import TranscriptionResult

            if not audio_input.data:
                raise ValueError("no audio")
            return TranscriptionResult(text=f"Dictated audio ({audio_input.media_type})")

    async def add_feedback(self, thread_id, item_ids, feedback, context) -> None:
        self.feedback.append({"thread_id": thread_id, "item_ids": list(item_ids), "kind": feedback})
