"""VisitDesk — 上门催收案件管理."""

__version__ = "0.1.0"
APP_NAME = "VisitDesk"
APP_AUTHOR = "VisitDesk"
