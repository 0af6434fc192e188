"""Printing from the window: the preview (QtPdf), the system print dialog, Save as PDF, and
the Tulosta handlers per record kind.

    handlers.py  install_print_handlers(ctx, window): ctx.print_handlers[kind] for
                 "decision", "placement", "association" and "payment_batch"
    jobs.py      PrintTask: database reads on the GUI thread in small steps, ReportLab in a
                 worker thread, progress and Cancel
    preview.py   PrintPreviewDialog(pdf_bytes, title, suggested_filename, parent)
    output.py    drawing PDF pages onto a QPrinter at 100 % scale, page by page
    files.py     save dialog and atomic writes
    choice.py    the small "which copy?" dialog

Only `handlers` is imported when the window starts; it loads the rest on first use.
"""
