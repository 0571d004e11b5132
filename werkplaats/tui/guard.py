"""The last resort: a bug in a handler becomes a notification and a log entry, not a closed app.

Textual closes the whole app when a message handler, action, timer or screen callback raises.
In front of a room that is the worst moment to lose the screen, and since every action is
saved as it happens there is nothing to win by stopping. So:

* :class:`Guarded` (a mixin for round widgets and the session screen) wraps the handlers a
  subclass defines - ``on_*``, ``action_*`` and the round hooks ``session_changed``,
  ``clock_tick``, ``flush``, ``focus_first`` - so an unexpected exception is reported and the
  widget keeps running;
* :func:`guard_callback` does the same for a ``push_screen`` result callback or a timer;
* :class:`GuardedApp` catches what escapes an action run through ``App.run_action`` (keys,
  palette).

Reporting means: the traceback is appended to ``<data>/logs/werkplaats-app.log`` and the
person sees one calm notification that says the session is safe and where the details are.
Errors a person can act on (:class:`~werkplaats.errors.WerkplaatsError`) are handled where
they happen, with their own words; this is only for the unexpected.
"""

from __future__ import annotations

import functools
import inspect
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual.actions import SkipAction
from textual.app import App
from textual.dom import DOMNode

from werkplaats.i18n import t
from werkplaats.locations import data_dir

F = TypeVar("F", bound=Callable[..., Any])
LOG_NAME = "werkplaats-app.log"
ROUND_HOOKS: dict[str, object] = {
    "session_changed": None,
    "clock_tick": None,
    "focus_first": None,
    # a broken flush must not trap the facilitator (no round move, no quit): carry on
    "flush": True,
}


def log_path(root: Path | str | None) -> Path:
    return data_dir(root) / "logs" / LOG_NAME


def log_problem(root: Path | str | None, error: BaseException, where: str = "") -> Path | None:
    """Append ``error``'s traceback to the app's log; the path, or None if that failed too."""
    path = log_path(root)
    text = "".join(traceback.format_exception(error))
    stamp = datetime.now().isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} {where}\n{text}\n")
    except OSError:
        return None
    return path


def report_problem(node: DOMNode, error: BaseException, where: str = "") -> None:
    """Log ``error`` and tell the person, calmly, that the session is safe."""
    try:
        app = node.app
    except Exception:  # the node is gone with its app: nothing left to tell
        return
    path = log_problem(getattr(app, "root", None), error, where)
    language = getattr(app, "language", "nl")
    problems = getattr(app, "problems", None)
    if isinstance(problems, list):
        problems.append(error)
    app.notify(
        t("app.unexpected", language, error=type(error).__name__,
          log=str(path) if path is not None else "-"),
        title=t("app.unexpected_title", language),
        severity="error",
        timeout=20,
        markup=False,
    )


def _wrap(func: F, fallback: object, where: str, node: DOMNode | None = None) -> F:
    """``func`` with exceptions reported; ``node`` is the first argument when None."""
    if getattr(func, "_werkplaats_guarded", False):
        return func

    def target(args: tuple[Any, ...]) -> DOMNode:
        return node if node is not None else args[0]

    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def guarded_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await func(*args, **kwargs)
            except SkipAction:
                raise
            except Exception as error:  # the last resort, see the module docstring
                report_problem(target(args), error, where)
                return fallback

        wrapped: Any = guarded_async
    else:
        @functools.wraps(func)
        def guarded_sync(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except SkipAction:
                raise
            except Exception as error:  # the last resort, see the module docstring
                report_problem(target(args), error, where)
                return fallback

        wrapped = guarded_sync
    wrapped._werkplaats_guarded = True
    return wrapped  # type: ignore[no-any-return]


def guard_callback(node: DOMNode, callback: F) -> F:
    """A callback (push_screen result, timer) whose exceptions are reported via ``node``."""
    return _wrap(callback, None, getattr(callback, "__qualname__", ""), node)


class Guarded:
    """Mixin: the handlers a subclass defines report unexpected exceptions instead of raising.

    Wrapped: methods named ``on_*`` or ``action_*`` and the hooks in :data:`ROUND_HOOKS`
    defined in the subclass's own body (Textual's ``@on`` handlers are left as they are).
    """

    GUARD_HOOKS: ClassVar[dict[str, object]] = ROUND_HOOKS

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not inspect.isfunction(value) or getattr(value, "_textual_on", None):
                continue
            if name.startswith(("on_", "action_")) or name in cls.GUARD_HOOKS:
                fallback = cls.GUARD_HOOKS.get(name)
                setattr(cls, name, _wrap(value, fallback, f"{cls.__name__}.{name}"))


class GuardedApp(App[Any]):
    """An app whose key and palette actions cannot close it by raising."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.problems: list[BaseException] = []  # what was reported (tests look here)

    async def run_action(self, action: Any, default_namespace: DOMNode | None = None,
                         namespaces: Any = None) -> bool:
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as error:  # the last resort, see the module docstring
            report_problem(self, error, f"action {action!r}")
            return True
