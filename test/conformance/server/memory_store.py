"""The scripted server's storage, in memory: threads, items and attachments (`MemoryStore`), and
two-phase uploads to the app's own routes (`MemoryAttachments`; the bytes themselves are kept in
`blobs`, served back by `/files/{id}`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from chatkit.store import AttachmentStore, NotFoundError, Store
from chatkit.types import FileAttachment, ImageAttachment, Page, ThreadMetadata

from compat import AttachmentUploadDescriptor, has

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


class MemoryAttachments(AttachmentStore[Ctx]):
    """Two-phase uploads to this app's own routes: images by multipart POST, other files by PUT."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self.blobs: dict[str, tuple[bytes, str]] = {}

    async def create_attachment(self, input: Any, context: Ctx) -> Any:
        base = str(context["request"].base_url)
        attachment_id = self.store._next("atc")
        image = input.mime_type.startswith("image/")
        upload: dict[str, Any]
        if has("upload_descriptor"):
            upload = {
                "upload_descriptor": AttachmentUploadDescriptor(
                    url=f"{base}upload/{attachment_id}",
                    method="POST" if image else "PUT",
                    headers={"X-Upload-Token": attachment_id},
                )
            }
        else:
            # Before 1.5.0: `upload_url`, a multipart POST with no headers of the server's choosing.
            upload = {"upload_url": f"{base}upload/{attachment_id}"}
        attachment: Any
        if image:
            attachment = ImageAttachment(
                id=attachment_id, name=input.name, mime_type=input.mime_type,
                preview_url=f"{base}files/{attachment_id}", **upload,
            )
        else:
            attachment = FileAttachment(id=attachment_id, name=input.name, mime_type=input.mime_type, **upload)
        # The SDK stores what this returns only from 1.5.0 on; before, the attachment store must.
        await self.store.save_attachment(attachment, context)
        return attachment

    async def delete_attachment(self, attachment_id: str, context: Ctx) -> None:
        self.blobs.pop(attachment_id, None)
