"""Real sentences in each supported script, shared by the i18n and report tests."""

from __future__ import annotations

THAI_SENTENCES = [
    "ผู้ตรวจแรงงานเข้าตรวจสถานประกอบกิจการเมื่อวันที่ 5 มีนาคม 2568 เวลา 10.30 น.",
    "นายจ้างยึดหนังสือเดินทางของลูกจ้างไว้และหักค่าจ้างเกินกว่าที่กฎหมายกำหนด",
    "ลูกจ้างต่างด้าวสัญชาติเมียนมาจำนวนยี่สิบห้าคนทำงานล่วงเวลาโดยไม่ได้รับค่าตอบแทน",
    "พนักงานตรวจแรงงานมีคำสั่งให้นายจ้างจ่ายค่าจ้างที่ค้างชำระภายในสิบห้าวัน",
    "การสัมภาษณ์ลูกจ้างต้องทำเป็นการส่วนตัวโดยไม่มีนายจ้างหรือนายหน้าอยู่ด้วย",
]

BURMESE_SENTENCES = [
    "အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။",
    "ကျွန်ုပ်တို့သည် လစာကို အချိန်မီ မရရှိပါ။",
    "မြို့ပြင်ရှိ စက်ရုံတွင် အလုပ်လုပ်ကြသည်။",
]

SHAN_TEXT = "ၵႂၢမ်းတႆး"
MON_TEXT = "ဘာသာမန် ဂကူမန် ဍုၚ်မန် ပ္ဍဲ ဍုၚ်ဗၟာ"

KHMER_SENTENCES = [
    "និយោជកបានរឹបអូសលិខិតឆ្លងដែនរបស់កម្មករ។",
    "ស្ត្រីកម្មករធ្វើការងារលើសម៉ោងដោយមិនបានទទួលប្រាក់ឈ្នួល។",
]

LAO_SENTENCES = [
    "ນາຍຈ້າງໄດ້ຍຶດໜັງສືຜ່ານແດນຂອງຄົນງານ ແລະ ຫັກເງິນເດືອນຫຼາຍກວ່າທີ່ກົດໝາຍກຳນົດ.",
    "ປະເທດລາວ ດີກວ່າ ມາລາວ ຄວາມຮູ້ ເຮັດວຽກຢູ່ໂຮງງານ",
]

ENGLISH_SENTENCES = [
    "The employer retained the workers' passports (Labour Protection Act B.E. 2541, s. 76).",
]

MIXED_SENTENCES = [
    "วันที่ 5 มีนาคม พ.ศ. 2568 ตรวจ Factory ABC Co., Ltd. ลูกจ้าง 125 คน (Myanmar 98, Cambodia 27)",
    "ล่าม: ကိုအောင် (Burmese) และ សុខា (Khmer) แปลให้ลูกจ้าง",
]

ALL_SENTENCES = (
    THAI_SENTENCES
    + BURMESE_SENTENCES
    + [SHAN_TEXT, MON_TEXT]
    + KHMER_SENTENCES
    + LAO_SENTENCES
    + ENGLISH_SENTENCES
    + MIXED_SENTENCES
)
