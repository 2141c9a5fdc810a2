"""Thai sentences from the app's checklists and reports, cut into words by hand.

"|" is a word boundary; "~" a boundary inside a compound where a line may still break
without hurting the reader (ค่า~จ้าง, หนังสือ~เดิน~ทาง); anywhere else (หนัง|สือ,
บอ|กว่า, ตก|ลง, ชั่ว|โมง) a break splits a word. Used to choose the Thai segmenter:

    .venv/bin/python -m tests.i18n.thai_gold
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

GOLD = [
    # Checklist items and worker questions (resources/checklists, Thai text).
    "เวลา|ไม่|ได้|ทำ~งาน| |คุณ|ออก|ไป|นอก|หอ~พัก|ได้|ไหม| |มี|การ|ล็อก|ประตู|หรือ|มี|คน|เฝ้า|ไม่|ให้|ออก|ไหม",
    "ผู้|ที่|เก็บ|หนังสือ~คน~ประจำ~เรือ| |หนังสือ~เดิน~ทาง| |และ|ใบ~อนุญาต~ทำ~งาน|ของ|ลูก~เรือ",
    "ไม่|มี|ลูก~จ้าง|อายุ|ต่ำ|กว่า| |18| |ปี|ทำ~งาน|กับ|เครื่อง~จักร| |กระบวน~การ| |หรือ|ใน|สถาน~ที่|ที่|ห้าม",
    "ตอน|เรือ|เข้า~ท่า| |คุณ|ขึ้น~ฝั่ง|ได้|ไหม| |ถ้า|คุณ|อยาก|เลิก|ทำ~งาน|บน|เรือ|ลำ|นี้| |คุณ|เลิก|ได้|ไหม",
    "ลูก~เรือ|ทุก~คน|มี|สัญญา~จ้าง|เป็น|หนังสือ|เป็น|ภาษา~ไทย|และ|ภาษา|ที่|ลูก~เรือ|เข้าใจ",
    "มี|เวลา|พัก|อย่าง~น้อย| |1| |ชั่วโมง|หลัง|ทำ~งาน|ติดต่อ~กัน|ไม่|เกิน| |5| |ชั่วโมง",
    "เทียบ|เวลา~ทำ~งาน|ตาม|ข้อ~บังคับ|กับ|บัตร~ลง~เวลา| |ตาราง~กะ| |และ|คำ~บอก~เล่า|ของ|ลูก~จ้าง| |งาน|อันตราย"
    "|เป็น~ไป|ตาม~ที่|กำหนด|ใน|กฎ~กระทรวง",
    "หลัก~ฐาน|เวลา~พัก|แสดง|ว่า|พัก|ไม่|น้อย|กว่า| |10| |ชั่วโมง|ใน| |24| |ชั่วโมง| |และ| |77| |ชั่วโมง|ใน| |7| |วัน",
    "เป้า|การ~ผลิต|ไม่|ได้|บังคับ|ให้|ทำ~งาน|เกิน|เวลา|โดย|ไม่|ได้|ค่า~จ้าง|หรือ|เกิน~ควร",
    "คุณ|ได้~รับ|ค่า~จ้าง|ทุก|เดือน|ไหม| |ได้|เท่า~กับ|ที่|ตกลง|ไว้|หรือ~เปล่า",
    "ไม่|มี|การ|เรียก|หรือ|รับ|เงิน~ประกัน|หรือ|หลัก~ประกัน|จาก|ลูก~จ้าง",
    "หอ~พัก|ไม่|ถูก|ล็อก|หรือ|มี|คน|เฝ้า|เพื่อ|กัก|ลูก~จ้าง|ไว้",
    "ที่~พัก|ใน|ไร่|ปลอด~ภัย|และ|เหมาะ~สม|:| |ตัว|ที่~พัก| |น้ำ~ดื่ม| |ห้อง~ส้วม| |ที่~อาบ~น้ำ",
    "จ่าย|ค่า~จ้าง|เป็น|เงิน~บาท| |ณ| |สถาน~ที่~ทำ~งาน| |หรือ|โอน|เข้า|บัญชี|ตาม~ที่|ตกลง",
    "บุคคล|อื่น| |(|เช่น| |หัว~หน้า~งาน| |ไต้ก๋ง| |หรือ|เจ้าของ|ที่~พัก|)",
    "ไม่|มี|สภาพ|การ~ทำ~งาน|หรือ|ความ~เป็น~อยู่|ที่|เลว~ร้าย",
    "ลูก~จ้าง|ออก|นอก|บ้าน|ได้|อย่าง|อิสระ|นอก|เวลา~ทำ~งาน",
    "ลูก~เรือ|ขึ้น~ฝั่ง|ได้|เมื่อ|เรือ|เข้า~ท่า| |และ|ลา~ออก|จาก|งาน|ได้",
    "ทำ~งาน|ล่วง~เวลา|เฉพาะ|เมื่อ|ลูก~จ้าง|ยิน~ยอม| |และ|ไม่|เกิน|สัปดาห์|ละ| |36| |ชั่วโมง",
    "เวลา|ไม่|ได้|ทำ~งาน| |คุณ|ออก|จาก|ที่~ทำ~งาน|หรือ|ที่~พัก|ได้|อย่าง|อิสระ|ไหม",
    "ใคร|เก็บ|หนังสือ~เดิน~ทาง|และ|ใบ~อนุญาต~ทำ~งาน|ของ|คุณ",
    "จัด|อุปกรณ์|ป้องกัน|สำหรับ|การ~ฉีด~พ่น|ให้|ฟรี|และ|ลูก~จ้าง|ใช้|จริง",
    "นาย~จ้าง|กัก|ค่า~จ้าง|ของ|คุณ|ไว้|บาง~ส่วน| |หรือ|บอก|ว่า|จะ|จ่าย|ให้|ตอน|หมด|สัญญา|ไหม",
    "คุณ|ขอ|หนังสือ~เดิน~ทาง|และ|บัตร~ทำ~งาน|คืน|ได้|ทุก~เมื่อ|ที่|ต้องการ|ไหม",
    "สอบ~ถาม|เรื่อง|ค่า|หัว~คิว| |ค่า~เดิน~ทาง| |ค่า~เอกสาร| |ค่า~อาหาร| |หรือ|เงิน~ยืม|ล่วง~หน้า|ที่|ติด~ค้าง"
    "|เจ้าของ|ไร่",
    # Report sentences (tests/i18n/samples.py).
    "ผู้~ตรวจ~แรง~งาน|เข้า|ตรวจ|สถาน~ประกอบ~กิจการ|เมื่อ|วัน~ที่| |5| |มีนาคม| |2568| |เวลา| |10.30| |น.",
    "นาย~จ้าง|ยึด|หนังสือ~เดิน~ทาง|ของ|ลูก~จ้าง|ไว้|และ|หัก|ค่า~จ้าง|เกิน~กว่า|ที่|กฎ~หมาย|กำหนด",
    "ลูก~จ้าง|ต่าง~ด้าว|สัญชาติ|เมียนมา|จำนวน|ยี่~สิบ~ห้า|คน|ทำ~งาน|ล่วง~เวลา|โดย|ไม่|ได้~รับ|ค่า~ตอบ~แทน",
    "พนักงาน~ตรวจ~แรง~งาน|มี|คำ~สั่ง|ให้|นาย~จ้าง|จ่าย|ค่า~จ้าง|ที่|ค้าง~ชำระ|ภาย~ใน|สิบ~ห้า|วัน",
    "การ~สัมภาษณ์|ลูก~จ้าง|ต้อง|ทำ|เป็น~การ~ส่วน~ตัว|โดย|ไม่|มี|นาย~จ้าง|หรือ|นาย~หน้า|อยู่|ด้วย",
]


@dataclass(frozen=True)
class Score:
    """How a segmenter did: breaks inside words, and word boundaries it did not offer."""

    inside_words: int
    inside_compounds: int
    missed: int
    proposed: int
    boundaries: int

    @property
    def precision(self) -> float:
        return 1 - self.inside_words / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return 1 - self.missed / self.boundaries if self.boundaries else 1.0


def parse(gold: str) -> tuple[str, set[int], set[int]]:
    """(text, word boundaries, compound-internal boundaries), as indices into text."""
    text = ""
    words: set[int] = set()
    compounds: set[int] = set()
    for ch in gold:
        if ch == "|":
            words.add(len(text))
        elif ch == "~":
            compounds.add(len(text))
        else:
            text += ch
    return text, words, compounds


def _counted(text: str, index: int) -> bool:
    """Boundaries next to a space are trivial: every segmenter finds them."""
    return not (text[index - 1].isspace() or text[index].isspace())


def score(segment: Callable[[str], list[str]], gold: list[str] = GOLD) -> Score:
    inside = compound_cuts = missed = proposed = boundaries = 0
    for entry in gold:
        text, words, compounds = parse(entry)
        pieces = segment(text)
        assert "".join(pieces) == text, f"segmenter lost text: {pieces!r}"
        cuts: set[int] = set()
        position = 0
        for piece in pieces[:-1]:
            position += len(piece)
            cuts.add(position)
        cuts = {c for c in cuts if _counted(text, c)}
        words = {w for w in words if _counted(text, w)}
        proposed += len(cuts)
        boundaries += len(words)
        inside += len(cuts - words - compounds)
        compound_cuts += len(cuts & compounds)
        missed += len(words - cuts)
    return Score(inside, compound_cuts, missed, proposed, boundaries)


def _newmm(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


def _icu(text: str) -> list[str]:
    from icu4py.breakers import WordBreaker
    from icu4py.locale import Locale

    return list(WordBreaker(text, Locale("th")))


def _app(text: str) -> list[str]:
    from inspector_app.i18n.segment import words

    return words(text)


ENGINES: dict[str, Callable[[str], list[str]]] = {"pythainlp-newmm": _newmm, "icu": _icu, "app": _app}


if __name__ == "__main__":
    for name, engine in ENGINES.items():
        result = score(engine)
        print(f"{name:16} breaks inside words {result.inside_words:3} of {result.proposed:3} offered "
              f"(precision {result.precision:.3f}), inside compounds {result.inside_compounds:3}; "
              f"word boundaries missed {result.missed:3} of {result.boundaries} (recall {result.recall:.3f})")
