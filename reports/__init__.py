"""Report renderers: plain data in, PDF (reportlab) out. Never imports Qt.

- :mod:`reports.pdfbase` — bundled CJK font registration, A4 page templates with a numbered footer,
  paragraph styles, money/date formatting.
- :mod:`reports.notices` — 上门拜访通知书 (visit notices), one per page, fast batch rendering.
- :mod:`reports.routesheet` — 外访路线单 (a team's route sheet for one day), :func:`district_of`.
- :mod:`reports.plan_pdf` — 还款计划确认书 (repayment plan confirmation).
"""

from reports.pdfbase import RenderCancelled, register_fonts

__all__ = ["RenderCancelled", "register_fonts"]
