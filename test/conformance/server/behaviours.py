"""The scripted behaviours: one `_do_<prefix>` method per prefix of the user's text (`hello:` runs
`_do_hello`), and the answer after a client tool call or a structured input. `ScriptedServer`
(responders.py) mixes them in and picks one per message."""

from __future__ import annotations

import asyncio
import json

from chatkit.errors import CustomStreamError
from chatkit.server import stream_widget
from chatkit.types import (
    Annotation,
    AssistantMessageContent,
    AssistantMessageContentPartAdded,
    AssistantMessageContentPartAnnotationAdded,
    AssistantMessageContentPartDone,
    AssistantMessageContentPartTextDelta,
    AssistantMessageItem,
    ClientToolCallItem,
    DurationSummary,
    EndOfTurnItem,
    HiddenContextItem,
    LockedStatus,
    NoticeEvent,
    ProgressUpdateEvent,
    SearchTask,
    TaskItem,
    CustomTask,
    ThoughtTask,
    ThreadItemAddedEvent,
    ThreadItemDoneEvent,
    ThreadItemRemovedEvent,
    ThreadMetadata,
    URLSource,
    WidgetItem,
    Workflow,
    WorkflowItem,
    WorkflowTaskAdded,
    WorkflowTaskUpdated,
)

from compat import (
    ClientEffectEvent,
    GeneratedImage,
    GeneratedImageItem,
    GeneratedImageUpdated,
    ThreadItemUpdatedEvent,
    has,
)
from sample_content import FINAL_IMAGE, PARTIAL_IMAGE, draft_widget, sample_widget


class ScriptedBehaviours:
    """The behaviours, mixed into `ScriptedServer`, which provides `store`, `memory` (the
    `MemoryStore`) and `flaky_seen`."""

    def _id(self, kind: str, thread: ThreadMetadata) -> str:
        return self.store.generate_item_id(kind, thread, {})  # type: ignore[arg-type]

    def _assistant(self, thread: ThreadMetadata, text: str, annotations: list[Annotation] | None = None) -> AssistantMessageItem:
        return AssistantMessageItem(
            id=self._id("message", thread),
            thread_id=thread.id,
            created_at=self.memory.now(),
            content=[AssistantMessageContent(text=text, annotations=annotations or [])],
        )

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

    async def _do_ask(self, thread, rest, message, context):
        from chatkit.types import (
            StructuredInputFreeform,
            StructuredInputItem,
            StructuredInputMultipleChoice,
            StructuredInputMultipleChoiceOption,
        )

        yield ThreadItemDoneEvent(
            item=StructuredInputItem(
                id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now(),
                inputs=[
                    StructuredInputMultipleChoice(
                        id="seat", question="Which seat do you prefer?",
                        options=[StructuredInputMultipleChoiceOption(value=v) for v in ("Window", "Aisle")],
                    ),
                    StructuredInputMultipleChoice(
                        id="extras", question="Anything else?", multiple=True,
                        options=[StructuredInputMultipleChoiceOption(value=v) for v in ("Meal", "Bag", "Wi-Fi")],
                    ),
                    StructuredInputFreeform(id="note", question="A note for the crew?", description="Optional"),
                ],
            )
        )

    async def _continue_after_tool(self, thread):
        items = await self.store.load_thread_items(thread.id, None, 1, "desc", {})
        last = items.data[0] if items.data else None
        if last is not None and last.type == "structured_input":
            parts = []
            for question in last.inputs:
                answer = question.answer
                parts.append(f"{question.id}=" + ("skipped" if answer is None or answer.skipped else "+".join(answer.values)))
            yield ThreadItemDoneEvent(item=self._assistant(thread, f"Answers ({last.status}): " + ", ".join(parts)))
            return
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
        if has("generated_image"):
            img = GeneratedImageItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now())
            yield ThreadItemAddedEvent(item=img)
            yield ThreadItemUpdatedEvent(
                item_id=img.id, update=GeneratedImageUpdated(image=GeneratedImage(id="ig_1", url=PARTIAL_IMAGE), progress=0.5)
            )
            yield ThreadItemDoneEvent(item=img.model_copy(update={"image": GeneratedImage(id="ig_1", url=FINAL_IMAGE)}))
        yield ThreadItemDoneEvent(
            item=HiddenContextItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now(), content="secret")
        )
        yield ThreadItemDoneEvent(
            item=TaskItem(id=self._id("task", thread), thread_id=thread.id, created_at=self.memory.now(),
                          task=CustomTask(title="Booked flight", icon="check", content="OA917"))
        )
        yield ThreadItemDoneEvent(item=EndOfTurnItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now()))

    def _widget_item(self, thread, widget) -> WidgetItem:
        return WidgetItem(id=self._id("message", thread), thread_id=thread.id, created_at=self.memory.now(), widget=widget)

    async def _do_lines(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(item=self._widget_item(thread, sample_widget("line_select")))

    async def _do_cats(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(item=self._assistant(thread, "Here are a few names."))
        yield ThreadItemDoneEvent(item=self._widget_item(thread, sample_widget("cat_names")))

    async def _do_news(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(item=self._widget_item(thread, sample_widget("article_list")))

    async def _do_flights(self, thread, rest, message, context):
        yield ThreadItemDoneEvent(item=self._widget_item(thread, sample_widget("flight_options")))

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
