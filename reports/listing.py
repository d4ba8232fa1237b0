"""Write-only listing workbooks (the case list, the audit log): a title, a subtitle saying who made it and
when, a styled header row, frozen panes below it, an autofilter over the rows and the maker in the footer."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HEADER_FILL = PatternFill("solid", fgColor="DDE3EC")


class Listing:
    """One sheet; rows are appended as they come (constant memory for any number of rows)."""

    def __init__(self, sheet: str, headers: tuple[str, ...], widths: tuple[int, ...], *, title: str,
                 subtitle: str) -> None:
        self.wb = Workbook(write_only=True)
        self.ws = ws = self.wb.create_sheet(sheet)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A4"
        ws.append([self.cell(title, font=Font(bold=True, size=13))])
        ws.append([subtitle])
        ws.append([self.cell(h, font=Font(bold=True), fill=HEADER_FILL) for h in headers])
        self.columns = len(headers)
        self.rows = 0

    def cell(self, value: object, number_format: str | None = None, *, font: Font | None = None,
             fill: PatternFill | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws, value=value)
        if number_format:
            c.number_format = number_format
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        return c

    def append(self, cells: list) -> None:
        self.ws.append(cells)
        self.rows += 1

    def append_total(self, cells: list) -> None:
        """A bold row below the data (outside the autofilter, not counted in :attr:`rows`)."""
        self.ws.append([c if isinstance(c, Cell) else self.cell(c, font=Font(bold=True)) for c in cells])

    def save(self, out: str | Path, footer: str) -> int:
        """Write the file; returns the number of rows."""
        self.ws.auto_filter.ref = f"A3:{get_column_letter(self.columns)}{3 + self.rows}"
        self.ws.oddFooter.center.text = footer
        try:  # a missing folder or a file open elsewhere fails here, before anything is written
            fh = open(Path(out), "wb")  # noqa: SIM115 - closed below
        except OSError:
            self.ws.close()  # finish the sheet's temporary file: nothing is left half-written behind
            raise
        with fh:
            self.wb.save(fh)
        return self.rows
