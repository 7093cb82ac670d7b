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
from pathlib import Path
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse

from chatkit.errors import CustomStreamError
from chatkit.server import ChatKitServer, StreamingResult, stream_widget
from chatkit.store import AttachmentStore, NotFoundError, Store
from chatkit.types import (
    Annotation,
    AssistantMessageContent,
    AssistantMessageContentPartAdded,
    AssistantMessageContentPartAnnotationAdded,
    AssistantMessageContentPartDone,
    AssistantMessageContentPartTextDelta,
    AssistantMessageItem,
    FileAttachment,
    ImageAttachment,
    ClientToolCallItem,
    DurationSummary,
    EndOfTurnItem,
    HiddenContextItem,
    LockedStatus,
    NoticeEvent,
    Page,
    ProgressUpdateEvent,
    SearchTask,
    TaskItem,
    CustomTask,
    ThoughtTask,
    ThreadItemAddedEvent,
    ThreadItemDoneEvent,
    ThreadItemRemovedEvent,
    ThreadItemReplacedEvent,
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

from compat import (
    FEATURES,
    SDK_VERSION,
    AttachmentUploadDescriptor,
    ClientEffectEvent,
    GeneratedImage,
    GeneratedImageItem,
    GeneratedImageUpdated,
    SyncCustomActionResponse,
    ThreadItemUpdatedEvent,
    has,
    widget_component,
    widget_root,
)

Ctx = dict[str, Any]

# The sample flows' widgets (shared with the Node demo backend).
SAMPLE_WIDGETS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[3] / "demo" / "backend" / "sample-widgets.json").read_text()
)


def sample_widget(widget: str, **fill: str) -> Any:
    """A sample widget with `{placeholders}` filled in."""
    text = json.dumps(SAMPLE_WIDGETS[widget])
    for key, value in fill.items():
        text = text.replace("{" + key + "}", value)
    return widget_root(json.loads(text))

# Small valid PNGs for the scripted generated image (a blurry preview, then the final one).
PARTIAL_IMAGE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAIAAADZF8uwAAABCUlEQVR42g3KoRWGERiA0X8JS1jCFJYwgUZUnaOI6htFRVCec0SWsMX/3Xx/P4/yaI/xWI/zBE/xiGd6rud5fr+IiuiIidiIi4RIiUhkRm7kxS8lVEInTMImXCIkSkISM3ETL30pozI6YzI24zIhUzKSmZmbeflLFVXRFVOxFVcJlVKRyqzcyqtfaqiGbpiGbbhGaJSGNGbjNl77kqAELRjBCk4IQhFEmMIVnnypozq6Yzq24zqhUzrSmZ3bef1LAzXQAzOwAzcIgzKQwRzcwRtfWqiFXpiFXbhFWJSFLObiLt760kZt9MZs7MZtwqZsZDM3d/P2lw7qoA/mYA/uEA7lIId5uId3+ANEuw8whglELgAAAABJRU5ErkJggg=="
FINAL_IMAGE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAR/klEQVR42g3OMesxAQDA4XexWEwWi8liMVksJovFZLFYTBaLQZeQLukSCQnpElKXkC4hoZDfJV1CusliMVkstvf/fILn378EpgTmBJYE1gS2BPYEjgTOBK4E7gSeBN4EvgT+BIEEwQShBOEEkQTRBLEE8QRCgnQCMYGUoJSgmqCZQE7QS6AkGCdQEywSbBLsE2gJ9AS3BEaCZ4JXgneCT4Jvgl+Cf/8ETAJmAYuAVcAmYBdwCDgFXAJuAY+AV8An4BcICAQFQgJhgYhAVCAmEBcQBNICooAkUBKoCjQFZIGegCIwFlAFFgIbgb2AJqAL3AQMgafAS+At8BH4CvyEv1ASUxJzEksSaxJbEnsSRxJnElcSdxJPEm8SXxJ/kkCSYJJQknCSSJJokliSeBIhSTqJmERKUkpSTdJMIifpJVGSjJOoSRZJNkn2SbQkepJbEiPJM8kryTvJJ8k3yS/5F0phSmFOYUlhTWFLYU/hSOFM4UrhTuFJ4U3hS+FPEUgRTBFKEU4RSRFNEUsRTyGkSKcQU0gpSimqKZop5BS9FEqKcQo1xSLFJsU+hZZCT3FLYaR4pnileKf4pPim+KX+QhlMGcwZLBmsGWwZ7BkcGZwZXBncGTwZvBl8GfwZAhmCGUIZwhkiGaIZYhniGYQM6QxiBilDKUM1QzODnKGXQckwzqBmWGTYZNhn0DLoGW4ZjAzPDK8M7wyfDN8Mv8xfKIspizmLJYs1iy2LPYsjizOLK4s7iyeLN4sviz9LIEswSyhLOEskSzRLLEs8i5AlnUXMImUpZalmaWaRs/SyKFnGWdQsiyybLPssWhY9yy2LkeWZ5ZXlneWT5Zvll/0LiZhEzCIWEauITcQu4hBxirhE3CIeEa+IT8QvEhAJioREwiIRkahITCQuIoikRUQRSaQkUhVpisgiPRFFZCyiiixENiJ7EU1EF7mJGCJPkZfIW+Qj8hX5iX+hHKYc5hyWHNYcthz2HI4czhyuHO4cnhzeHL4c/hyBHMEcoRzhHJEc0RyxHPEcQo50DjGHlKOUo5qjmUPO0cuh5BjnUHMscmxy7HNoOfQctxxGjmeOV453jk+Ob45f7i+Ux5THnMeSx5rHlseex5HHmceVx53Hk8ebx5fHnyeQJ5gnlCecJ5InmieWJ55HyJPOI+aR8pTyVPM088h5enmUPOM8ap5Fnk2efR4tj57nlsfI88zzyvPO88nzzfPL/4UkTBJmCYuEVcImYZdwSDglXBJuCY+EV8In4ZcISAQlQhJhiYhEVCImEZcQJNISooQkUZKoSjQlZImehCIxllAlFhIbib2EJqFL3CQMiafES+It8ZH4Svykv1ABUwFzAUsBawFbAXsBRwFnAVcBdwFPAW8BXwF/gUCBYIFQgXCBSIFogViBeAGhQLqAWEAqUCpQLdAsIBfoFVAKjAuoBRYFNgX2BbQCeoFbAaPAs8CrwLvAp8C3wK/wFypiKmIuYiliLWIrYi/iKOIs4iriLuIp4i3iK+IvEigSLBIqEi4SKRItEisSLyIUSRcRi0hFSkWqRZpF5CK9IkqRcRG1yKLIpsi+iFZEL3IrYhR5FnkVeRf5FPkW+RX/QmVMZcxlLGWsZWxl7GUcZZxlXGXcZTxlvGV8ZfxlAmWCZUJlwmUiZaJlYmXiZYQy6TJiGalMqUy1TLOMXKZXRikzLqOWWZTZlNmX0croZW5ljDLPMq8y7zKfMt8yv/JfqIKpgrmCpYK1gq2CvYKjgrOCq4K7gqeCt4Kvgr9CoEKwQqhCuEKkQrRCrEK8glAhXUGsIFUoVahWaFaQK/QqKBXGFdQKiwqbCvsKWgW9wq2CUeFZ4VXhXeFT4VvhV/kL1TDVMNew1LDWsNWw13DUcNZw1XDX8NTw1vDV8NcI1AjWCNUI14jUiNaI1YjXEGqka4g1pBqlGtUazRpyjV4Npca4hlpjUWNTY19Dq6HXuNUwajxrvGq8a3xqfGv8an+hOqY65jqWOtY6tjr2Oo46zjquOu46njreOr46/jqBOsE6oTrhOpE60TqxOvE6Qp10HbGOVKdUp1qnWUeu06uj1BnXUess6mzq7OtodfQ6tzpGnWedV513nU+db51f/S/UwNTA3MDSwNrA1sDewNHA2cDVwN3A08DbwNfA3yDQINgg1CDcINIg2iDWIN5AaJBuIDaQGpQaVBs0G8gNeg2UBuMGaoNFg02DfQOtgd7g1sBo8GzwavBu8GnwbfBr/IVamFqYW1haWFvYWthbOFo4W7hauFt4Wnhb+Fr4WwRaBFuEWoRbRFpEW8RaxFsILdItxBZSi1KLaotmC7lFr4XSYtxCbbFosWmxb6G10FvcWhgtni1eLd4tPi2+LX6tv1AbUxtzG0sbaxtbG3sbRxtnG1cbdxtPG28bXxt/m0CbYJtQm3CbSJtom1ibeBuhTbqN2EZqU2pTbdNsI7fptVHajNuobRZtNm32bbQ2eptbG6PNs82rzbvNp823za/9F5IxyZhlLDJWGZuMXcYh45RxybhlPDJeGZ+MXyYgE5QJyYRlIjJRmZhMXEaQScuIMpJMSaYq05SRZXoyisxYRpVZyGxk9jKajC5zkzFknjIvmbfMR+Yr85P/Qh1MHcwdLB2sHWwd7B0cHZwdXB3cHTwdvB18HfwdAh2CHUIdwh0iHaIdYh3iHYQO6Q5iB6lDqUO1Q7OD3KHXQekw7qB2WHTYdNh30DroHW4djA7PDq8O7w6fDt8Ov85fqIupi7mLpYu1i62LvYuji7OLq4u7i6eLt4uvi79LoEuwS6hLuEukS7RLrEu8i9Al3UXsInUpdal2aXaRu/S6KF3GXdQuiy6bLvsuWhe9y62L0eXZ5dXl3eXT5dvl1/0L9TH1Mfex9LH2sfWx93H0cfZx9XH38fTx9vH18fcJ9An2CfUJ94n0ifaJ9Yn3Efqk+4h9pD6lPtU+zT5yn14fpc+4j9pn0WfTZ99H66P3ufUx+jz7vPq8+3z6fPv8+n+hAaYB5gGWAdYBtgH2AY4BzgGuAe4BngHeAb4B/gGBAcEBoQHhAZEB0QGxAfEBwoD0AHGANKA0oDqgOUAe0BugDBgPUAcsBmwG7AdoA/QBtwHGgOeA14D3gM+A74Df4C+kYFIwK1gUrAo2BbuCQ8Gp4FJwK3gUvAo+Bb9CQCGoEFIIK0QUogoxhbiCoJBWEBUkhZJCVaGpICv0FBSFsYKqsFDYKOwVNAVd4aZgKDwVXgpvhY/CV+Gn/IWGmIaYh1iGWIfYhtiHOIY4h7iGuId4hniH+Ib4hwSGBIeEhoSHRIZEh8SGxIcIQ9JDxCHSkNKQ6pDmEHlIb4gyZDxEHbIYshmyH6IN0YfchhhDnkNeQ95DPkO+Q37Dv9AI0wjzCMsI6wjbCPsIxwjnCNcI9wjPCO8I3wj/iMCI4IjQiPCIyIjoiNiI+AhhRHqEOEIaURpRHdEcIY/ojVBGjEeoIxYjNiP2I7QR+ojbCGPEc8RrxHvEZ8R3xG/0F5pgmmCeYJlgnWCbYJ/gmOCc4JrgnuCZ4J3gm+CfEJgQnBCaEJ4QmRCdEJsQnyBMSE8QJ0gTShOqE5oT5Am9CcqE8QR1wmLCZsJ+gjZBn3CbYEx4TnhNeE/4TPhO+E3+QlNMU8xTLFOsU2xT7FMcU5xTXFPcUzxTvFN8U/xTAlOCU0JTwlMiU6JTYlPiU4Qp6SniFGlKaUp1SnOKPKU3RZkynqJOWUzZTNlP0aboU25TjCnPKa8p7ymfKd8pv+lfSMWkYlaxqFhVbCp2FYeKU8Wl4lbxqHhVfCp+lYBKUCWkElaJqERVYipxFUElrSKqSCollapKU0VW6akoKmMVVWWhslHZq2gquspNxVB5qrxU3iofla/KT/0LzTDNMM+wzLDOsM2wz3DMcM5wzXDP8MzwzvDN8M8IzAjOCM0Iz4jMiM6IzYjPEGakZ4gzpBmlGdUZzRnyjN4MZcZ4hjpjMWMzYz9Dm6HPuM0wZjxnvGa8Z3xmfGf8Zn+hOaY55jmWOdY5tjn2OY45zjmuOe45njneOb45/jmBOcE5oTnhOZE50TmxOfE5wpz0HHGONKc0pzqnOUee05ujzBnPUecs5mzm7Odoc/Q5tznGnOec15z3nM+c75zf/C+0xLTEvMSyxLrEtsS+xLHEucS1xL3Es8S7xLfEvySwJLgktCS8JLIkuiS2JL5EWJJeIi6RlpSWVJc0l8hLekuUJeMl6pLFks2S/RJtib7ktsRY8lzyWvJe8lnyXfJb/oVWmFaYV1hWWFfYVthXOFY4V7hWuFd4VnhX+Fb4VwRWBFeEVoRXRFZEV8RWxFcIK9IrxBXSitKK6ormCnlFb4WyYrxCXbFYsVmxX6Gt0FfcVhgrniteK94rPiu+K36rv9Aa0xrzGssa6xrbGvsaxxrnGtca9xrPGu8a3xr/msCa4JrQmvCayJromtia+BphTXqNuEZaU1pTXdNcI6/prVHWjNeoaxZrNmv2a7Q1+prbGmPNc81rzXvNZ813zW/9F9pi2mLeYtli3WLbYt/i2OLc4tri3uLZ4t3i2+LfEtgS3BLaEt4S2RLdEtsS3yJsSW8Rt0hbSluqW5pb5C29LcqW8RZ1y2LLZst+i7ZF33LbYmx5bnlteW/5bPlu+W3/QjtMO8w7LDusO2w77DscO5w7XDvcOzw7vDt8O/w7AjuCO0I7wjsiO6I7YjviO4Qd6R3iDmlHaUd1R3OHvKO3Q9kx3qHuWOzY7Njv0HboO247jB3PHa8d7x2fHd8dv91f6IDpgPmA5YD1gO2A/YDjgPOA64D7gOeA94DvgP9A4EDwQOhA+EDkQPRA7ED8gHAgfUA8IB0oHageaB6QD/QOKAfGB9QDiwObA/sD2gH9wO2AceB54HXgfeBz4Hvgd/gLHTEdMR+xHLEesR2xH3EccR5xHXEf8RzxHvEd8R8JHAkeCR0JH4kciR6JHYkfEY6kj4hHpCOlI9UjzSPykd4R5cj4iHpkcWRzZH9EO6IfuR0xjjyPvI68j3yOfI/8jn8hDZOGWcOiYdWwadg1HBpODZeGW8Oj4dXwafg1AhpBjZBGWCOiEdWIacQ1BI20hqghaZQ0qhpNDVmjp6FojDVUjYXGRmOvoWnoGjcNQ+Op8dJ4a3w0vho/7S90wnTCfMJywnrCdsJ+wnHCecJ1wn3Cc8J7wnfCfyJwIngidCJ8InIieiJ2In5COJE+IZ6QTpROVE80T8gneieUE+MT6onFic2J/QnthH7idsI48TzxOvE+8TnxPfE7/YXOmM6Yz1jOWM/YztjPOM44z7jOuM94znjP+M74zwTOBM+EzoTPRM5Ez8TOxM8IZ9JnxDPSmdKZ6pnmGflM74xyZnxGPbM4szmzP6Od0c/czhhnnmdeZ95nPme+Z37nv5COScesY9Gx6th07DoOHaeOS8et49Hx6vh0/DoBnaBOSCesE9GJ6sR04jqCTlpH1JF0SjpVnaaOrNPTUXTGOqrOQmejs9fRdHSdm46h89R56bx1PjpfnZ/+F7pgumC+YLlgvWC7YL/guOC84LrgvuC54L3gu+C/ELgQvBC6EL4QuRC9ELsQvyBcSF8QL0gXSheqF5oX5Au9C8qF8QX1wuLC5sL+gnZBv3C7YFx4XnhdeF/4XPhe+F3+QldMV8xXLFesV2xX7FccV5xXXFfcVzxXvFd8V/xXAleCV0JXwlciV6JXYlfiV4Qr6SviFelK6Ur1SvOKfKV3RbkyvqJeWVzZXNlf0a7oV25XjCvPK68r7yufK98rv+tf6I7pjvmO5Y71ju2O/Y7jjvOO6477jueO947vjv9O4E7wTuhO+E7kTvRO7E78jnAnfUe8I90p3anead6R7/TuKHfGd9Q7izubO/s72h39zu2Oced553Xnfedz53vnd/8LPTA9MD+wPLA+sD2wP3A8cD5wPXA/8DzwPvA98D8IPAg+CD0IP4g8iD6IPYg/EB6kH4gPpAelB9UHzQfyg94D5cH4gfpg8WDzYP9Ae6A/uD0wHjwfvB68H3wefB/8Hn8hA5OB2cBiYDWwGdgNHAZOA5eB28Bj4DXwGfgNAgZBg5BB2CBiEDWIGcQNBIO0gWggGZQMqgZNA9mgZ6AYjA1Ug4XBxmBvoBnoBjcDw+Bp8DJ4G3wMvgY/g/9MhlTgg9aT9AAAAABJRU5ErkJggg=="


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


def draft_widget(title: str, body: str, streaming: bool | None, confirm: bool = False) -> Any:
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
    return widget_root(root)


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


# Behaviours that need a feature of a newer release (compat.FEATURES); without it they echo.
NEEDS = {"effect": "client_effect", "ask": "structured_input"}


class ScriptedServer(ChatKitServer[Ctx]):
    """Behaviour picked from the user's text prefix. No model is called."""

    def __init__(self, store: MemoryStore) -> None:
        self.attachments = MemoryAttachments(store)
        super().__init__(store, self.attachments)
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

    @app.api_route("/upload/{attachment_id}", methods=["POST", "PUT"])
    async def upload(attachment_id: str, request: Request) -> Response:
        # upload_url (before 1.5.0) has no headers: the id in the URL is the only token there.
        if has("upload_descriptor") and request.headers.get("x-upload-token") != attachment_id:
            return JSONResponse({"detail": "missing upload token"}, status_code=403)
        try:
            attachment = await store.load_attachment(attachment_id, {})
        except NotFoundError:
            return JSONResponse({"detail": "unknown attachment"}, status_code=404)
        if request.method == "POST":
            form = await request.form()
            upload_file = form["file"]
            data = await upload_file.read()  # type: ignore[union-attr]
        else:
            data = await request.body()
        server.attachments.blobs[attachment_id] = (data, attachment.mime_type)
        done = attachment.model_copy(update={"upload_descriptor" if has("upload_descriptor") else "upload_url": None})
        await store.save_attachment(done, {})
        return Response(content=done.model_dump_json(exclude_none=True), media_type="application/json")

    @app.get("/files/{attachment_id}")
    async def files(attachment_id: str) -> Response:
        blob = server.attachments.blobs.get(attachment_id)
        if blob is None:
            return Response(status_code=404)
        return Response(content=blob[0], media_type=blob[1])

    @app.post("/direct-upload")
    async def direct_upload(request: Request) -> Response:
        form = await request.form()
        upload_file = form["file"]
        data = await upload_file.read()  # type: ignore[union-attr]
        mime = upload_file.content_type or "application/octet-stream"  # type: ignore[union-attr]
        if len(data) > 1_000_000:
            return JSONResponse({"detail": "File too large for this server"}, status_code=413)
        attachment_id = store._next("atc")
        base = str(request.base_url)
        name = upload_file.filename or "file"  # type: ignore[union-attr]
        if mime.startswith("image/"):
            attachment: Any = ImageAttachment(id=attachment_id, name=name, mime_type=mime, preview_url=f"{base}files/{attachment_id}")
        else:
            attachment = FileAttachment(id=attachment_id, name=name, mime_type=mime)
        server.attachments.blobs[attachment_id] = (data, mime)
        await store.save_attachment(attachment, {})
        # Integrators' own endpoints bypass the SDK serializer: explicit nulls happen.
        body = json.loads(attachment.model_dump_json())
        body.setdefault("upload_descriptor", None)
        body.setdefault("thread_id", None)
        return JSONResponse(body)

    @app.get("/debug/feedback")
    async def debug_feedback() -> JSONResponse:
        return JSONResponse(server.feedback)

    @app.get("/health")
    async def health() -> JSONResponse:
        # Which release this is and what it can do (compat.FEATURES): the tests pick the
        # scenarios (or their degraded variants) from it.
        features = sorted(name for name, present in FEATURES.items() if present)
        return JSONResponse({"ok": True, "sdk": SDK_VERSION, "features": features})

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
