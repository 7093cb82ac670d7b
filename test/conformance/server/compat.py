"""What the installed `openai-chatkit` release can do, detected from the package itself.

The scripted server (`app.py` and its modules) runs on every release from the oldest supported one
(1.0.0, see `requirements-oldest.txt`) to the pinned newest (`requirements.txt`). Classes that a
release lacks are `None` here, and `FEATURES` names what it has, so that the server leaves out the
behaviours it cannot script and `/health` can tell the tests which scenarios apply. Detection looks
at the package, never at its version number: a backport or a fork is judged by what it does.
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

import chatkit.server as _server
import chatkit.types as _types
import chatkit.widgets as _widgets
from pydantic import TypeAdapter

SDK_VERSION = version("openai-chatkit")


def _get(module: Any, name: str) -> Any:
    return getattr(module, name, None)


def _field(model: Any, name: str) -> bool:
    return model is not None and name in getattr(model, "model_fields", {})


# -- classes that appeared after 1.0.0 (None when absent) ----------------------------------------

# 1.0.x called the event class ThreadItemUpdated; the wire type (`thread.item.updated`) is the same.
ThreadItemUpdatedEvent: Any = _get(_types, "ThreadItemUpdatedEvent") or _get(_types, "ThreadItemUpdated")
ClientEffectEvent: Any = _get(_types, "ClientEffectEvent")  # 1.4.0
GeneratedImage: Any = _get(_types, "GeneratedImage")  # 1.4.1
GeneratedImageItem: Any = _get(_types, "GeneratedImageItem")
GeneratedImageUpdated: Any = _get(_types, "GeneratedImageUpdated")
AttachmentUploadDescriptor: Any = _get(_types, "AttachmentUploadDescriptor")  # 1.5.0
SyncCustomActionResponse: Any = _get(_types, "SyncCustomActionResponse")  # 1.6.2
TranscriptionResult: Any = _get(_types, "TranscriptionResult")  # 1.6.0
StructuredInputItem: Any = _get(_types, "StructuredInputItem")  # 1.6.4
_DynamicWidgetRoot: Any = _get(_widgets, "DynamicWidgetRoot")  # 1.4.0
_DynamicWidgetComponent: Any = _get(_widgets, "DynamicWidgetComponent")

# -- what the release does on the wire ------------------------------------------------------------

# Each name is a feature the element or a scenario depends on; the README of this folder and the
# project README list the release that brought each one. Keep in step with FEATURE_SINCE in
# `../features.ts` (the tests check that the two agree for the releases they run).
FEATURES: dict[str, bool] = {
    # input_tag.group is kept (1.3.1); before, the server drops it.
    "tag_group": _field(_get(_types, "UserMessageTagContent"), "group"),
    # stream_options first in every stream: allow_cancel (1.4.0).
    "stream_options": _get(_types, "StreamOptionsEvent") is not None,
    # A cancelled stream's partial items are stored (1.4.0).
    "cancel_persistence": hasattr(_server.ChatKitServer, "handle_stream_cancelled"),
    "client_effect": ClientEffectEvent is not None,
    "generated_image": GeneratedImageItem is not None and GeneratedImageUpdated is not None,
    # upload_descriptor {url, method, headers} (1.5.0) instead of upload_url (POST, no headers).
    "upload_descriptor": AttachmentUploadDescriptor is not None,
    "transcribe": _get(_types, "InputTranscribeReq") is not None,
    "attachment_thread_id": _field(_get(_types, "AttachmentBase"), "thread_id"),
    "sync_action": _get(_types, "ThreadsSyncCustomActionReq") is not None and SyncCustomActionResponse is not None,
    "allowed_image_domains": _field(_get(_types, "ThreadMetadata"), "allowed_image_domains"),
    "structured_input": _get(_types, "ThreadsAddStructuredInputReq") is not None and StructuredInputItem is not None,
}


def has(feature: str) -> bool:
    return FEATURES[feature]


# -- widgets ------------------------------------------------------------------------------------

# Before 1.4.0 widgets are the typed component models only (no DynamicWidgetRoot): unknown keys are
# dropped by validation, which is what such a server sends.
_ROOT = None if _DynamicWidgetRoot is not None else TypeAdapter(_widgets.WidgetRoot)
_COMPONENT = None if _DynamicWidgetComponent is not None else TypeAdapter(_widgets.WidgetComponent)


def widget_root(data: dict[str, Any]) -> Any:
    """A widget root (Card, ListView) in the release's own model."""
    if _DynamicWidgetRoot is not None:
        return _DynamicWidgetRoot.model_validate(data)
    return _ROOT.validate_python(data)  # type: ignore[union-attr]


def widget_component(data: dict[str, Any]) -> Any:
    """A widget component in the release's own model."""
    if _DynamicWidgetComponent is not None:
        return _DynamicWidgetComponent.model_validate(data)
    return _COMPONENT.validate_python(data)  # type: ignore[union-attr]
