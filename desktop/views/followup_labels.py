"""Translated names of the follow-up area's stored codes (the services keep the Chinese data labels)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.views.common import labels

PRIORITY_COLORS = {3: "#c62828", 2: "#ef6c00", 1: "#607d8b"}
KIND_COLORS = {
    "import": "#607d8b", "assessment": "#00838f", "plan": "#6a1b9a", "visit": "#ef6c00", "notice": "#f9a825",
    "outcome": "#1565c0", "promise": "#558b2f", "payment": "#2e7d32", "note": "#5d4037", "complaint": "#c62828",
    "contact": "#00695c", "reveal": "#8e24aa", "change": "#455a64",
}


class FollowupLabels(QObject):
    def met(self, code: str | None) -> str:
        return {"borrower": self.tr("Borrower"), "family": self.tr("Family member"), "colleague": self.tr("Colleague"),
                "nobody": self.tr("Nobody")}.get(code or "", code or "")

    def attitude(self, code: str | None) -> str:
        return {"cooperative": self.tr("Cooperative"), "neutral": self.tr("Neutral"), "evasive": self.tr("Evasive"),
                "hostile": self.tr("Hostile")}.get(code or "", code or "")

    def willingness(self, code: str | None) -> str:
        return {"cooperative": self.tr("Willing"), "hesitant": self.tr("Hesitant"), "evasive": self.tr("Evasive"),
                "refusing": self.tr("Refuses to pay"), "unknown": self.tr("Unknown")}.get(code or "", code or "")

    def ability(self, code: str | None) -> str:
        return {"stable": self.tr("Stable income"), "reduced": self.tr("Reduced income"),
                "no_income": self.tr("No income"), "unknown": self.tr("Unknown")}.get(code or "", code or "")

    def next_action(self, code: str | None) -> str:
        return {"phone": self.tr("Phone follow-up"), "visit": self.tr("Visit again"),
                "await_payment": self.tr("Wait for the payment"), "assess": self.tr("Re-assess"),
                "plan": self.tr("Make an installment plan"), "legal": self.tr("Refer to legal"),
                "none": self.tr("No follow-up needed")}.get(code or "", code or "")

    def channel(self, code: str | None) -> str:
        return {"visit": self.tr("Visit"), "phone": self.tr("Phone")}.get(code or "", code or "")

    def payment_channel(self, code: str | None) -> str:
        return {"bank": self.tr("Bank transfer"), "app": self.tr("Company app"), "counter": self.tr("Branch counter"),
                "deduction": self.tr("Direct debit"), "other": self.tr("Other company channel")}.get(code or "", code or "")

    def promise_status(self, code: str | None) -> str:
        return {"open": self.tr("Awaiting payment"), "kept": self.tr("Kept"), "partly_kept": self.tr("Partly kept"),
                "broken": self.tr("Broken")}.get(code or "", code or "")

    def task_kind(self, code: str | None) -> str:
        return {"promise_due": self.tr("Promise due"), "promise_broken": self.tr("Broken promise"),
                "installment_due": self.tr("Installment due"), "installment_missed": self.tr("Installment missed"),
                "notice": self.tr("Send visit notice"), "outcome_missing": self.tr("Log visit outcome"),
                "reassess": self.tr("Re-assess"), "plan_broken": self.tr("Plan broken"),
                "manual": self.tr("Task")}.get(code or "", code or "")

    def priority(self, value: int) -> str:
        return {3: self.tr("High"), 2: self.tr("Medium"), 1: self.tr("Low")}.get(value, str(value))

    def task_status(self, code: str | None) -> str:
        return {"open": self.tr("To do"), "snoozed": self.tr("Snoozed"), "done": self.tr("Done"),
                "cancelled": self.tr("Cancelled")}.get(code or "", code or "")

    def timeline_kind(self, code: str | None) -> str:
        return {"import": self.tr("Imports"), "assessment": self.tr("Assessments"), "plan": self.tr("Plans"),
                "visit": self.tr("Visits"), "notice": self.tr("Notices"), "outcome": self.tr("Outcomes"),
                "promise": self.tr("Promises"), "payment": self.tr("Payments"), "note": self.tr("Notes"),
                "complaint": self.tr("Complaints"), "contact": self.tr("Contact details"),
                "reveal": self.tr("Data reveals"), "change": self.tr("Case changes")}.get(code or "", code or "")

    def timeline_tag(self, code: str | None) -> str:
        return {"import": self.tr("Import"), "assessment": self.tr("Assessment"), "plan": self.tr("Plan"),
                "visit": self.tr("Visit"), "notice": self.tr("Notice"), "outcome": self.tr("Outcome"),
                "promise": self.tr("Promise"), "payment": self.tr("Payment"), "note": self.tr("Note"),
                "complaint": self.tr("Complaint"), "contact": self.tr("Contact detail"), "reveal": self.tr("Reveal"),
                "change": self.tr("Case change")}.get(code or "", code or "")

    def visit_status(self, code: str | None) -> str:
        return {"planned": self.tr("planned"), "notified": self.tr("notified"), "done": self.tr("done"),
                "cancelled": self.tr("cancelled"), "missed": self.tr("missed")}.get(code or "", code or "")

    def address_kind(self, code: str | None) -> str:
        return {"home": self.tr("Home address"), "work": self.tr("Work address"),
                "other": self.tr("Other address")}.get(code or "", code or "")

    def result(self, code: str, stored_label: str) -> str:
        """A result code's name: the built-in ones translated, configured ones as the admin named them."""
        text = labels().outcome(code)
        return stored_label if text == code else text


_LABELS: FollowupLabels | None = None


def fl() -> FollowupLabels:
    global _LABELS
    if _LABELS is None:
        _LABELS = FollowupLabels()
    return _LABELS
