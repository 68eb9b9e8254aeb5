"""INTERACT25: a telephone call between named parties is a CONSULT event (PLOVER's phone mode),
with the callee as actor2 and no place; an interview given by phone, a call with one side only
and a call still to come are none. The sentences are written for these tests."""

from tests.helpers import events_of, name_of


def _calls(text: str) -> list:
    return [e for e in events_of(text, "CONSULT", published="2017-11-25") if e.plover_mode == "phone"]


def _sides(e) -> tuple[str, str]:
    return name_of(e.actor1), name_of(e.actor2)


def test_a_call_discussed_by_phone_is_a_consult_with_its_callee() -> None:
    found = _calls("بحث الرئيس الروسي فلاديمير بوتين هاتفيا مع نظيره التركي رجب طيب أردوغان أمس الوضع في إدلب .")
    assert len(found) == 1, found
    a1, a2 = _sides(found[0])
    assert "Russia" in a1 and "Turkey" in a2, (a1, a2)
    assert found[0].location is None, name_of(found[0].location)  # Idlib is the topic, not a venue
    assert found[0].event_date == "2017-11-24", found[0].event_date


def test_a_call_made_names_the_one_called_after_its_words() -> None:
    found = _calls("وكان وزير الخارجية المصري سامح شكري قد أجرى اتصالا هاتفيا , مساء الأحد , "
                   "بوزير الخارجية الأمريكي ريكس تيلرسون تناول العلاقات الثنائية .")
    assert found and "Egypt" in name_of(found[0].actor1) and "United States" in name_of(found[0].actor2), \
        [_sides(e) for e in found]


def test_a_call_received_has_its_caller_as_actor1() -> None:
    found = _calls("وتلقى الرئيس الإيراني حسن روحاني اليوم مكالمة هاتفية من الرئيس الروسي بحثا فيها وقف إطلاق النار .")
    assert found, found
    a1, a2 = _sides(found[0])
    assert "Russia" in a1 and "Iran" in a2, (a1, a2)


def test_a_call_told_between_its_sides() -> None:
    found = _calls("وقال الكرملين إن محادثة هاتفية أجريت بين الرئيس الروسي فلاديمير بوتين "
                   "ونظيره التركي رجب طيب أردوغان بمبادرة من الجانب التركي .")
    assert found and {"Russia", "Turkey"} <= {w for s in _sides(found[0]) for w in ("Russia", "Turkey") if w in s}, \
        [_sides(e) for e in found]


def test_a_call_placed_nowhere_even_in_a_setting() -> None:
    found = _calls("وفي بغداد أصدر مكتب رئيس الوزراء بيانا قال فيه إن رئيس الوزراء العراقي حيدر العبادي تلقى "
                   "السبت اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون .")
    assert found and all(e.location is None for e in found), [name_of(e.location) for e in found]


def test_an_interview_given_by_phone_is_no_call() -> None:
    assert _calls("وقال قائد في الجيش الحر في اتصال هاتفي مع عنب بلدي إن قوات النظام قصفت البلدة أمس .") == []
    assert _calls("وأوضح مدير المرصد السوري رامي عبد الرحمن في اتصال هاتفي أن القوات النظامية انسحبت من المطار .") == []


def test_a_call_with_one_side_only_is_no_event() -> None:
    assert _calls("وقال وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي إن موسكو لن تغير موقفها .") == []


def test_a_call_still_to_come_is_no_event() -> None:
    assert _calls("صرح المتحدث باسم الكرملين اليوم بأن الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان "
                  "يعتزمان بحث الوضع في حلب , في اتصال هاتفي , اليوم .") == []


def test_a_phone_number_or_a_text_message_is_no_call() -> None:
    assert _calls("ونشرت وزارة الداخلية السورية رقم هاتف للإبلاغ عن المفقودين في حلب .") == []
    assert _calls("وأرسل الرئيس السوري بشار الأسد رسالة هاتفية إلى الرئيس الروسي فلاديمير بوتين .") == []


def test_a_call_and_a_meeting_stay_two_events() -> None:
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره السوري بشار الأسد في سوتشي أمس . "
            "وبعد اللقاء أجرى الرئيس الروسي اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب .")
    found = events_of(text, "CONSULT", published="2017-11-25")
    modes = sorted(str(e.plover_mode) for e in found)
    assert modes == ["meet", "phone"], [(e.plover_mode, name_of(e.location), _sides(e)) for e in found]
    call = next(e for e in found if e.plover_mode == "phone")
    assert call.location is None and "United States" in name_of(call.actor2), (name_of(call.location), _sides(call))


def test_one_call_told_twice_is_one_event() -> None:
    text = ("قال البيت الأبيض إن الرئيس الأمريكي دونالد ترامب أبلغ نظيره التركي رجب طيب أردوغان "
            "في اتصال هاتفي أن واشنطن ستعدل دعمها العسكري . "
            "وتحدثت تقارير عن خلافات بين البلدين حول الأكراد في شمال سوريا منذ أشهر . "
            "وقالت صحيفة تركية إن المعارك مستمرة في المنطقة منذ أيام . "
            "وأوضح الوزير التركي أن ترامب قدم هذه الضمانات خلال اتصال هاتفي أجراه الجمعة مع أردوغان .")
    assert len(_calls(text)) == 1, [_sides(e) for e in _calls(text)]


def test_a_state_the_call_was_about_is_no_side() -> None:
    found = _calls("وقال مسؤول بالبيت الأبيض إن ترامب وبوتين تحدثا هاتفيا لمدة ساعة وناقشا عدة قضايا "
                   "منها سوريا وأوكرانيا وإيران .")
    assert found and all("Iran" not in s for e in found for s in _sides(e)), [_sides(e) for e in found]
    assert {"Russia", "United States"} <= {k for e in found for s in _sides(e) for k in ("Russia", "United States")
                                           if k in s}, [_sides(e) for e in found]
    assert _calls("وذكر بيان أن الجانبين بحثا هاتفيا الأوضاع في العراق والحرب ضد تنظيم داعش .") == []
