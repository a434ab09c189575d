from datetime import date, timedelta

import pypdfium2 as pdfium

from desktop.services.aftercare.records import CallForm, ContactForm
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.aftercare.test_followups import delivered


def test_the_four_registers_print_with_their_rows(services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    services.followups.log_call(call.id, CallForm(True, {"quality": 5}, notes="师傅很专业"))
    services.followups.log_contact(ContactForm("letter", workshop.customer_id, "reminder", "保养提醒信"))
    today = date.today()
    for kind, expected in (("customers", "粤B12345"), ("calls", "师傅很专业"), ("call-register", "张伟"),
                           ("letters", "保养提醒信")):
        pdf = services.aftercare.register_pdf(kind, today - timedelta(days=1), today)
        doc = pdfium.PdfDocument(pdf)
        words = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        assert expected in words, kind
        doc.close()
