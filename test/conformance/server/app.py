"""A scripted ChatKit server built on the real `openai-chatkit` package: no model, no API key.

It subclasses `chatkit.server.ChatKitServer`, keeps threads in memory, and picks a behaviour from the
prefix of the user's text (`hello:`, `widget:`, `tool:` ...). The vocabulary is documented in
`test/conformance/README.md`; the demo backend speaks the same one, so the same scenarios run
against both.

This module wires the HTTP app (the ChatKit endpoint, uploads, files, the debug and health routes)
and starts it. The server is in the modules beside it: `responders.py` (the `ChatKitServer`: which
behaviour answers a message, the actions), `behaviours.py` (the scripted behaviours),
`memory_store.py` (threads, items and attachments), `sample_content.py` (widgets and images) and
`compat.py` (what the installed release can do).

Run: python app.py [--port N]   (prints `LISTENING <port>` once it accepts connections)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse

from chatkit.server import StreamingResult
from chatkit.store import NotFoundError
from chatkit.types import FileAttachment, ImageAttachment

from compat import FEATURES, SDK_VERSION, has
from memory_store import Ctx, MemoryStore
from responders import ScriptedServer


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
