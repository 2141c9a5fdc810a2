<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>Answer</name>
    <message>
        <source>Compliant</source>
        <translation>ຖືກຕ້ອງຕາມກົດໝາຍ</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>ບໍ່ຖືກຕ້ອງຕາມກົດໝາຍ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ບໍ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ຍັງບໍ່ໄດ້ກວດ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({0}). Your saved work is safe. Details were written to {1}.</source>
        <translation>ເກີດບັນຫາຂຶ້ນ ({0}). ວຽກທີ່ທ່ານບັນທຶກໄວ້ແລ້ວຍັງປອດໄພ. ລາຍລະອຽດຖືກຂຽນໄວ້ໃນ {1}.</translation>
    </message>
    <message>
        <source>Demo data: user “{0}”, passphrase “{1}”.</source>
        <translation>ຂໍ້ມູນສາທິດ: ຜູ້ໃຊ້ “{0}”, ລະຫັດຜ່ານ “{1}”.</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>The file is empty.</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>ໄຟລ໌ໃຫຍ່ກວ່າ {size} MB.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>ເພີ່ມຮູບ ຫຼື ເອກະສານ…</translation>
    </message>
    <message>
        <source>Drop files here, or use the button. Large photos are made smaller.</source>
        <translation>ລາກໄຟລ໌ມາວາງບ່ອນນີ້ ຫຼື ໃຊ້ປຸ່ມ. ຮູບໃຫຍ່ຈະຖືກຫຍໍ້ໃຫ້ນ້ອຍລົງ.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>ຄຳອະທິບາຍຮູບ</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>ຫຼັກຖານສຳລັບ</translation>
    </message>
    <message>
        <source>Evidence for finding</source>
        <translation>ຫຼັກຖານສຳລັບຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>ເພີ່ມຮູບ ຫຼື ເອກະສານ</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>ຮູບ ແລະ ເອກະສານ (*.jpg *.jpeg *.png *.pdf *.heic);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ບໍ່ສາມາດອ່ານ %1: %2</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The disk is full: {folder} has no room for the bundle. Free some space there or use another USB stick, then write it again. Nothing was lost: the changes still wait on this laptop.</source>
        <translation>ດິສກ໌ເຕັມ: {folder} ບໍ່ມີບ່ອນຫວ່າງພໍສຳລັບໄຟລ໌ຊຸດຂໍ້ມູນ. ກະລຸນາເພີ່ມບ່ອນຫວ່າງຢູ່ບ່ອນນັ້ນ ຫຼື ໃຊ້ແຟລັດໄດຣຟ໌ USB ອັນອື່ນ ແລ້ວຂຽນໃໝ່. ບໍ່ມີຫຍັງເສຍໄປ: ການປ່ຽນແປງຍັງລໍຖ້າຢູ່ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ before making a bundle: HQ only takes bundles from laptops it knows, to check their signature.</source>
        <translation>ກະລຸນາລົງທະບຽນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ກັບສຳນັກງານໃຫຍ່ກ່ອນສ້າງໄຟລ໌ຊຸດຂໍ້ມູນ: ສຳນັກງານໃຫຍ່ຮັບໄຟລ໌ຊຸດຂໍ້ມູນສະເພາະຈາກເຄື່ອງທີ່ຮູ້ຈັກເທົ່ານັ້ນ ເພື່ອກວດລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ, so no reply from HQ can be for it. Enrol it first (on the Sync page, with a one-time code from HQ).</source>
        <translation>ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ ດັ່ງນັ້ນບໍ່ມີໄຟລ໌ຕອບກັບໃດຂອງສຳນັກງານໃຫຍ່ເປັນຂອງເຄື່ອງນີ້ໄດ້. ກະລຸນາລົງທະບຽນກ່ອນ (ຢູ່ໜ້າຊິ້ງ ດ້ວຍລະຫັດໃຊ້ຄັ້ງດຽວຈາກສຳນັກງານໃຫຍ່).</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s transport key, which keeps a bundle unreadable to anyone but HQ: enrol it again with a new code from HQ (nothing on the laptop is lost).</source>
        <translation>ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ບໍ່ຮູ້ກະແຈຮັບສົ່ງຂອງສຳນັກງານໃຫຍ່ ເຊິ່ງເຮັດໃຫ້ບໍ່ມີໃຜນອກຈາກສຳນັກງານໃຫຍ່ອ່ານໄຟລ໌ຊຸດຂໍ້ມູນໄດ້: ກະລຸນາລົງທະບຽນໃໝ່ດ້ວຍລະຫັດໃໝ່ຈາກສຳນັກງານໃຫຍ່ (ບໍ່ມີຫຍັງໃນເຄື່ອງເສຍໄປ).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} ເປັນໂຟນເດີ; ກະລຸນາຕັ້ງຊື່ໄຟລ໌ສຳລັບໄຟລ໌ຊຸດຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: is the USB stick plugged in? Nothing was written.</source>
        <translation>ບໍ່ມີໂຟນເດີ {folder}: ໄດ້ສຽບແຟລັດໄດຣຟ໌ USB ແລ້ວບໍ? ຍັງບໍ່ໄດ້ຂຽນຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: the USB stick is read-only (look for a lock switch on its side) or this app may not write there. Nothing was written; the changes still wait on this laptop.</source>
        <translation>ຂຽນລົງ {folder} ບໍ່ໄດ້: ແຟລັດໄດຣຟ໌ USB ອາດເປັນແບບອ່ານຢ່າງດຽວ (ເບິ່ງສະວິດລັອກຢູ່ຂ້າງມັນ) ຫຼື ແອັບນີ້ບໍ່ມີສິດຂຽນຢູ່ບ່ອນນັ້ນ. ຍັງບໍ່ໄດ້ຂຽນຫຍັງເລີຍ; ການປ່ຽນແປງຍັງລໍຖ້າຢູ່ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>writing the bundle to {path}</source>
        <translation>ການຂຽນໄຟລ໌ຊຸດຂໍ້ມູນລົງ {path}</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s key; enrol it again to import HQ&apos;s replies.</source>
        <translation>ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ບໍ່ຮູ້ກະແຈຂອງສຳນັກງານໃຫຍ່; ກະລຸນາລົງທະບຽນໃໝ່ເພື່ອນຳເຂົ້າໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>This reply is for another laptop; nothing was imported. Read the reply made for this laptop&apos;s own bundle.</source>
        <translation>ໄຟລ໌ຕອບກັບນີ້ເປັນຂອງຄອມພິວເຕີໂນດບຸກເຄື່ອງອື່ນ; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ກະລຸນາອ່ານໄຟລ໌ຕອບກັບທີ່ເຮັດຂຶ້ນສຳລັບໄຟລ໌ຊຸດຂໍ້ມູນຂອງເຄື່ອງນີ້ເອງ.</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>The reply bundle holds entries this app cannot read; nothing was imported.</source>
        <translation>ໄຟລ໌ຕອບກັບມີລາຍການທີ່ແອັບນີ້ອ່ານບໍ່ໄດ້; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is truncated (only {size} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} ບໍ່ຄົບ (ມີພຽງ {size} ໄບຕ໌); ກະລຸນາສຳເນົາໃໝ່. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is damaged (its header is unreadable); nothing was imported.</source>
        <translation>{name} ເສຍຫາຍ (ອ່ານສ່ວນຫົວບໍ່ໄດ້); ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); nothing was imported.</source>
        <translation>{name} ເສຍຫາຍ ({problem}); ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is a bundle in the old, unencrypted format (version 1); export it again with this version of the app. Nothing was imported.</source>
        <translation>{name} ເປັນໄຟລ໌ຊຸດຂໍ້ມູນຮູບແບບເກົ່າທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດ (ລຸ້ນ 1); ກະລຸນາສົ່ງອອກໃໝ່ດ້ວຍແອັບລຸ້ນນີ້. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is not a Field Inspector bundle.</source>
        <translation>{name} ບໍ່ແມ່ນໄຟລ໌ຊຸດຂໍ້ມູນຂອງ Field Inspector.</translation>
    </message>
    <message>
        <source>{name} is bundle version {version}; this app reads version {supported}. Use the same version of the app on both sides. Nothing was imported.</source>
        <translation>{name} ເປັນໄຟລ໌ຊຸດຂໍ້ມູນລຸ້ນ {version}; ແອັບນີ້ອ່ານລຸ້ນ {supported}. ກະລຸນາໃຊ້ແອັບລຸ້ນດຽວກັນທັງສອງຝ່າຍ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is a &apos;reply&apos; bundle; this needs laptop changes (bundle export). Nothing was imported.</source>
        <translation>{name} ເປັນໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່; ບ່ອນນີ້ຕ້ອງການໄຟລ໌ການປ່ຽນແປງຈາກຄອມພິວເຕີໂນດບຸກ (bundle export). ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is a &apos;ops&apos; bundle; this needs an HQ reply (import-bundle --reply). It holds a laptop&apos;s changes for HQ, not HQ&apos;s answer. Nothing was imported.</source>
        <translation>{name} ເປັນໄຟລ໌ການປ່ຽນແປງຂອງຄອມພິວເຕີໂນດບຸກສຳລັບສຳນັກງານໃຫຍ່ ບໍ່ແມ່ນຄຳຕອບຂອງສຳນັກງານໃຫຍ່. ບ່ອນນີ້ຕ້ອງການໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ (import-bundle --reply). ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>{path} ເປັນໂຟນເດີ ບໍ່ແມ່ນໄຟລ໌ຊຸດຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file. Was the USB stick taken out, or the file moved? Nothing was imported.</source>
        <translation>ອ່ານ {path} ບໍ່ໄດ້: ບໍ່ມີໄຟລ໌ນີ້. ແຟລັດໄດຣຟ໌ USB ຖືກຖອດອອກ ຫຼື ໄຟລ໌ຖືກຍ້າຍບໍ? ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>This app may not read {path}; copy the file to the laptop&apos;s own disk and try again. Nothing was imported.</source>
        <translation>ແອັບນີ້ບໍ່ມີສິດອ່ານ {path}; ກະລຸນາສຳເນົາໄຟລ໌ລົງດິສກ໌ຂອງຄອມພິວເຕີໂນດບຸກເອງ ແລ້ວລອງໃໝ່. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>ອ່ານ {path} ບໍ່ໄດ້: {reason}. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} of {expected} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} ບໍ່ຄົບ ({size} ຈາກ {expected} ໄບຕ໌); ກະລຸນາສຳເນົາໃໝ່. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is damaged ({extra} bytes too many after its end); nothing was imported.</source>
        <translation>{name} ເສຍຫາຍ (ມີ {extra} ໄບຕ໌ເກີນຢູ່ທ້າຍໄຟລ໌); ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content or {who}&apos;s key: it was changed after it was written, or it is not from them. Nothing was imported.</source>
        <translation>ລາຍເຊັນຂອງໄຟລ໌ບໍ່ກົງກັບເນື້ອໃນ ຫຼື ກະແຈຂອງ{who}: ມັນຖືກແກ້ໄຂຫຼັງຈາກຂຽນ ຫຼື ບໍ່ໄດ້ມາຈາກເຂົາເຈົ້າ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is sealed for HQ; only HQ can open it. Nothing was imported.</source>
        <translation>{name} ຖືກຜະນຶກໄວ້ສຳລັບສຳນັກງານໃຫຍ່; ມີແຕ່ສຳນັກງານໃຫຍ່ທີ່ເປີດໄດ້. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} was sealed for another HQ&apos;s key; this HQ cannot open it. Nothing was imported.</source>
        <translation>{name} ຖືກຜະນຶກດ້ວຍກະແຈຂອງສຳນັກງານໃຫຍ່ອື່ນ; ສຳນັກງານໃຫຍ່ນີ້ເປີດບໍ່ໄດ້. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is not sealed: laptops seal every bundle for HQ. Nothing was imported.</source>
        <translation>{name} ບໍ່ໄດ້ຜະນຶກ: ຄອມພິວເຕີໂນດບຸກຜະນຶກທຸກໄຟລ໌ຊຸດຂໍ້ມູນສຳລັບສຳນັກງານໃຫຍ່. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is incomplete: a table is missing. Nothing was imported.</source>
        <translation>{name} ບໍ່ສົມບູນ: ຕາຕະລາງໜຶ່ງຫາຍໄປ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} does not describe itself as its header does; nothing was imported.</source>
        <translation>ຂໍ້ມູນພາຍໃນ {name} ບໍ່ກົງກັບສ່ວນຫົວຂອງມັນ; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} names two different laptops; nothing was imported.</source>
        <translation>{name} ລະບຸຄອມພິວເຕີໂນດບຸກສອງເຄື່ອງທີ່ຕ່າງກັນ; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} {table} rows where {written} were written. Nothing was imported.</source>
        <translation>{name} ບໍ່ສົມບູນ: ມີແຖວ {table} {count} ແຖວ ແຕ່ຂຽນໄວ້ {written} ແຖວ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({problem}); nothing was imported.</source>
        <translation>ໄຟລ໌ຊຸດຂໍ້ມູນເສຍຫາຍ ({problem}); ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
</context>
<context>
    <name>ChecklistErrors</name>
    <message>
        <source>{item} needs a number (got {value}).</source>
        <translation>ຂໍ້ {item} ຕ້ອງເປັນຕົວເລກ (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>{item} needs a date as YYYY-MM-DD (got {value}).</source>
        <translation>ຂໍ້ {item} ຕ້ອງເປັນວັນທີໃນຮູບແບບ YYYY-MM-DD (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>Item {item} is not on this inspection&apos;s checklist.</source>
        <translation>ຂໍ້ {item} ບໍ່ຢູ່ໃນລາຍການກວດກາຂອງການກວດການີ້.</translation>
    </message>
    <message>
        <source>Template {code} version {version} is already loaded with different content; a changed checklist must be published as a new version.</source>
        <translation>ແບບ {code} ສະບັບ {version} ມີຢູ່ແລ້ວ ແຕ່ເນື້ອໃນຕ່າງກັນ; ລາຍການກວດກາທີ່ປ່ຽນແປງຕ້ອງເຜີຍແຜ່ເປັນສະບັບໃໝ່.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>ຕອບແລ້ວ %1 ຈາກ %2</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>The answer “{answer}” is a violation: recorded as non-compliant.</source>
        <translation>ຄຳຕອບ “{answer}” ເປັນການລະເມີດ ຈຶ່ງບັນທຶກເປັນ ບໍ່ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
    <message>
        <source>The answer “{answer}” is not a violation: recorded as compliant.</source>
        <translation>ຄຳຕອບ “{answer}” ບໍ່ແມ່ນການລະເມີດ ຈຶ່ງບັນທຶກເປັນ ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
    <message>
        <source>Age {age} is under {minimum}: recorded as non-compliant.</source>
        <translation>ອາຍຸ {age} ປີ ຕ່ຳກວ່າ {minimum} ປີ ຈຶ່ງບັນທຶກເປັນ ບໍ່ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
    <message>
        <source>Age {age} is not under {minimum}: recorded as compliant.</source>
        <translation>ອາຍຸ {age} ປີ ບໍ່ຕ່ຳກວ່າ {minimum} ປີ ຈຶ່ງບັນທຶກເປັນ ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is below the minimum wage here, {minimum} THB: recorded as non-compliant.</source>
        <translation>ຄ່າຈ້າງວັນລະ {wage} ບາດ ຕ່ຳກວ່າຄ່າຈ້າງຂັ້ນຕ່ຳຂອງພື້ນທີ່ນີ້ {minimum} ບາດ ຈຶ່ງບັນທຶກເປັນ ບໍ່ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is not below the minimum wage here, {minimum} THB: recorded as compliant.</source>
        <translation>ຄ່າຈ້າງວັນລະ {wage} ບາດ ບໍ່ຕ່ຳກວ່າຄ່າຈ້າງຂັ້ນຕ່ຳຂອງພື້ນທີ່ນີ້ {minimum} ບາດ ຈຶ່ງບັນທຶກເປັນ ຖືກຕ້ອງຕາມກົດໝາຍ.</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Checklist</source>
        <translation>ລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>The base checklist, plus the add-ons and modules this visit needs.</source>
        <translation>ລາຍການກວດກາພື້ນຖານ ພ້ອມທັງສ່ວນເສີມ ແລະ ໂມດູນທີ່ການລົງກວດຄັ້ງນີ້ຕ້ອງການ.</translation>
    </message>
    <message>
        <source>Base checklist</source>
        <translation>ລາຍການກວດກາພື້ນຖານ</translation>
    </message>
    <message>
        <source>Add-ons and modules</source>
        <translation>ສ່ວນເສີມ ແລະ ໂມດູນ</translation>
    </message>
    <message>
        <source>&amp;Base checklist</source>
        <translation>ລາຍການກວດກາພື້ນຖານ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add-ons and modules</source>
        <translation>ສ່ວນເສີມ ແລະ ໂມດູນ(&amp;A)</translation>
    </message>
    <message>
        <source>Ticked for you: the add-on for the establishment&apos;s sector (%1) and the forced-labour and interview-safeguard modules. Untick what this visit does not need.</source>
        <translation>ໄດ້ໝາຍໄວ້ໃຫ້ແລ້ວ: ສ່ວນເສີມສຳລັບຂະແໜງການຂອງສະຖານປະກອບການ (%1) ແລະ ໂມດູນແຮງງານບັງຄັບ ແລະ ການປົກປ້ອງໃນການສຳພາດ. ເອົາເຄື່ອງໝາຍອອກຈາກສິ່ງທີ່ການລົງກວດຄັ້ງນີ້ບໍ່ຕ້ອງການ.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist items</source>
        <translation>ຂໍ້ໃນລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ຕົວເລືອກ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>ໝາຍເຫດສຳລັບຂໍ້ນີ້</translation>
    </message>
    <message>
        <source>Proposed findings</source>
        <translation>ຂໍ້ຄົ້ນພົບທີ່ສະເໜີ</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>ຮັບເອົາຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ບໍ່ຮັບເອົາ</translation>
    </message>
    <message>
        <source>Checklist texts in this language are a draft translation awaiting review by a native speaker; check them against the Thai text.</source>
        <translation>ຂໍ້ຄວາມຂອງແບບກວດໃນພາສານີ້ເປັນຄຳແປສະບັບຮ່າງທີ່ລໍຖ້າເຈົ້າຂອງພາສາກວດທານ; ກະລຸນາກວດທຽບກັບຂໍ້ຄວາມພາສາໄທ.</translation>
    </message>
    <message>
        <source>A finding is recorded for this item, but its answer does not show a violation now. Check the finding on the Findings tab.</source>
        <translation>ມີຂໍ້ຄົ້ນພົບທີ່ບັນທຶກໄວ້ສຳລັບລາຍການນີ້ ແຕ່ຄຳຕອບໃນຕອນນີ້ບໍ່ສະແດງການລະເມີດ. ກະລຸນາກວດສອບຂໍ້ຄົ້ນພົບນັ້ນຢູ່ແຖບ ຂໍ້ຄົ້ນພົບ.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Number (%1)</source>
        <translation>ຕົວເລກ (%1)</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit language coordinator</source>
        <translation>ແກ້ໄຂຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາໃໝ່</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>As written in their own script, with a Latin spelling</source>
        <translation>ຂຽນເປັນຕົວອັກສອນຂອງເຂົາເຈົ້າເອງ ພ້ອມທັງສະກົດເປັນອັກສອນລາແຕັງ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Declares no tie to the employer or a broker</source>
        <translation>ຢືນຢັນວ່າບໍ່ມີສາຍພົວພັນກັບນາຍຈ້າງ ຫຼື ນາຍໜ້າ</translation>
    </message>
    <message>
        <source>Date of the declaration</source>
        <translation>ວັນທີຢືນຢັນ</translation>
    </message>
    <message>
        <source>Active (can be chosen for new inspections)</source>
        <translation>ເປີດໃຊ້ (ເລືອກໄດ້ສຳລັບການກວດກາໃໝ່)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ເປີດໃຊ້</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>ເພດ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ໂທລະສັບ(&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>ອົງການ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>ວັນທີ(&amp;O)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Training and accreditation</source>
        <translation>ການຝຶກອົບຮົມ ແລະ ການຮັບຮອງ</translation>
    </message>
    <message>
        <source>This language coordinator no longer exists.</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາຄົນນີ້ບໍ່ມີຢູ່ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>CoordinatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>No-conflict declaration</source>
        <translation>ຄຳຢືນຢັນບໍ່ມີສາຍພົວພັນ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ເປີດໃຊ້</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>ຍັງບໍ່ໄດ້ຢືນຢັນ</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>ຢືນຢັນເມື່ອ %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>ຢືນຢັນແລ້ວ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ປິດໃຊ້</translation>
    </message>
</context>
<context>
    <name>CoordinatorsPage</name>
    <message>
        <source>Search name, language or organisation</source>
        <translation>ຄົ້ນຫາຊື່, ພາສາ ຫຼື ອົງການ</translation>
    </message>
    <message>
        <source>Search language coordinators</source>
        <translation>ຄົ້ນຫາຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>&amp;New coordinator…</source>
        <translation>ຜູ້ປະສານງານໃໝ່…(&amp;N)</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ແກ້ໄຂ…(&amp;E)</translation>
    </message>
    <message>
        <source>Edit language coordinator</source>
        <translation>ແກ້ໄຂຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
</context>
<context>
    <name>CredentialErrors</name>
    <message>
        <source>Training {number} must have a date, a course and a provider.</source>
        <translation>ການຝຶກອົບຮົມທີ {number} ຕ້ອງມີວັນທີ, ຫຼັກສູດ ແລະ ຜູ້ຈັດຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Training {number}: the course is missing.</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: ຍັງບໍ່ໄດ້ລະບຸຫຼັກສູດ.</translation>
    </message>
    <message>
        <source>Training {number}: who gave the course (the provider) is missing.</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: ຍັງບໍ່ໄດ້ລະບຸຜູ້ຈັດຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Training {number}: the {field} is longer than {limit} characters.</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: {field} ຍາວເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Training {number}: the date is missing.</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: ຍັງບໍ່ໄດ້ລະບຸວັນທີ.</translation>
    </message>
    <message>
        <source>Training {number}: the date {date} is in the future; record a course once it has been completed.</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: ວັນທີ {date} ຍັງບໍ່ເຖິງ; ກະລຸນາບັນທຶກຫຼັກສູດເມື່ອຝຶກອົບຮົມສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <source>The accreditation number is longer than {limit} characters.</source>
        <translation>ເລກທີການຮັບຮອງຍາວເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation (its number and expiry date need it).</source>
        <translation>ກະລຸນາລະບຸໜ່ວຍງານທີ່ໃຫ້ການຮັບຮອງ (ເລກທີ ແລະ ວັນໝົດອາຍຸຕ້ອງມີໜ່ວຍງານນີ້).</translation>
    </message>
    <message>
        <source>The accrediting body&apos;s name is longer than {limit} characters.</source>
        <translation>ຊື່ໜ່ວຍງານທີ່ໃຫ້ການຮັບຮອງຍາວເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Interpreter training</source>
        <translation>ການຝຶກອົບຮົມນາຍພາສາ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ຜູ້ຈັດຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>ບັນທຶກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Date the course was completed</source>
        <translation>ວັນທີຈົບຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Provider (who gave the course)</source>
        <translation>ຜູ້ຈັດຝຶກອົບຮົມ (ຜູ້ສອນ)</translation>
    </message>
    <message>
        <source>Add &amp;training</source>
        <translation>ເພີ່ມການຝຶກອົບຮົມ (&amp;T)</translation>
    </message>
    <message>
        <source>Remove selected training</source>
        <translation>ລຶບການຝຶກອົບຮົມທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>ການຮັບຮອງ</translation>
    </message>
    <message>
        <source>Accrediting &amp;body</source>
        <translation>ອົງການທີ່ຮັບຮອງ (&amp;B)</translation>
    </message>
    <message>
        <source>Accreditation n&amp;umber</source>
        <translation>ເລກທີການຮັບຮອງ (&amp;U)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ໃຊ້ໄດ້ເຖິງ</translation>
    </message>
    <message>
        <source>Accrediting body</source>
        <translation>ອົງການທີ່ຮັບຮອງ</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>ເລກທີການຮັບຮອງ</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>ມີວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>ການຮັບຮອງໃຊ້ໄດ້ເຖິງ</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation: its number and expiry date need it.</source>
        <translation>ກະລຸນາລະບຸອົງການທີ່ໃຫ້ການຮັບຮອງ: ເລກທີ ແລະ ວັນໝົດອາຍຸຕ້ອງມີອົງການກຳກັບ.</translation>
    </message>
    <message>
        <source>A training record is typed but not added: press “Add training” or clear it.</source>
        <translation>ມີບັນທຶກການຝຶກອົບຮົມທີ່ພິມໄວ້ແຕ່ຍັງບໍ່ໄດ້ເພີ່ມ: ກົດ “ເພີ່ມການຝຶກອົບຮົມ” ຫຼື ລຶບອອກ.</translation>
    </message>
    <message>
        <source>Type the course before adding the training.</source>
        <translation>ພິມຊື່ຫຼັກສູດກ່ອນເພີ່ມການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Type who gave the course (the provider).</source>
        <translation>ພິມຊື່ຜູ້ຈັດຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>The training date is in the future: record a course once it has been completed.</source>
        <translation>ວັນທີຝຶກອົບຮົມເປັນວັນໃນອະນາຄົດ: ໃຫ້ບັນທຶກຫຼັກສູດເມື່ອຈົບແລ້ວ.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ໝົດອາຍຸແລ້ວ</translation>
    </message>
</context>
<context>
    <name>DirectoryErrors</name>
    <message>
        <source>An establishment needs a name.</source>
        <translation>ສະຖານປະກອບການຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>{code} is not a province code.</source>
        <translation>{code} ບໍ່ແມ່ນລະຫັດແຂວງ.</translation>
    </message>
    <message>
        <source>{code} is not a district of province {province}.</source>
        <translation>{code} ບໍ່ແມ່ນເມືອງຂອງແຂວງ {province}.</translation>
    </message>
    <message>
        <source>{code} is not a subdistrict of district {district}.</source>
        <translation>{code} ບໍ່ແມ່ນຕາແສງຂອງເມືອງ {district}.</translation>
    </message>
    <message>
        <source>An establishment needs its province.</source>
        <translation>ສະຖານປະກອບການຕ້ອງລະບຸແຂວງ.</translation>
    </message>
    <message>
        <source>A language coordinator needs a name.</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາຕ້ອງມີຊື່.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Change a document</source>
        <translation>ແກ້ໄຂເອກະສານ</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>ເພີ່ມເອກະສານ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>ຜູ້ຖືເອກະສານ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ເລກທີເອກະສານ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>ວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ສະຖານະໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ສະແດງ</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>ສະແດງເລກທີເອກະສານ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>ໝົດອາຍຸວັນທີ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>ວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>ຕາມທີ່ພິມໄວ້ໃນເອກະສານ</translation>
    </message>
    <message>
        <source>e.g. seen at the broker&apos;s office</source>
        <translation>ເຊັ່ນ: ພົບຢູ່ຫ້ອງການຂອງນາຍໜ້າ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>The note may hold at most %1 characters.</source>
        <translation>ໝາຍເຫດຍາວໄດ້ບໍ່ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>A document number must be text.</source>
        <translation>ເລກທີເອກະສານຕ້ອງເປັນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>A document number holds letters and digits (spaces, &apos;-&apos;, &apos;/&apos; and &apos;.&apos; allowed), at most {limit} characters.</source>
        <translation>ເລກທີເອກະສານປະກອບດ້ວຍຕົວອັກສອນ ແລະ ຕົວເລກ (ໃຊ້ຍະຫວ່າງ, &apos;-&apos;, &apos;/&apos; ແລະ &apos;.&apos; ໄດ້) ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>A document&apos;s note may hold at most {limit} characters.</source>
        <translation>ໝາຍເຫດຂອງເອກະສານຍາວໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>That document belongs to another interview.</source>
        <translation>ເອກະສານນັ້ນເປັນຂອງການສຳພາດອື່ນ.</translation>
    </message>
    <message>
        <source>A worker document needs its type: {types}.</source>
        <translation>ເອກະສານຂອງລູກຈ້າງຕ້ອງລະບຸປະເພດ: {types}.</translation>
    </message>
    <message>
        <source>A worker document needs its type.</source>
        <translation>ເອກະສານຂອງລູກຈ້າງຕ້ອງລະບຸປະເພດ.</translation>
    </message>
    <message>
        <source>Each document needs its type.</source>
        <translation>ເອກະສານແຕ່ລະສະບັບຕ້ອງລະບຸປະເພດ.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>ການຂຶ້ນທະບຽນປະກັນສັງຄົມ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>ເພີ່ມ…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>ເພີ່ມເອກະສານ</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Change the document</source>
        <translation>ແກ້ໄຂເອກະສານ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Remove the document (recorded in error)</source>
        <translation>ເອົາເອກະສານອອກ (ບັນທຶກຜິດ)</translation>
    </message>
    <message>
        <source>The worker&apos;s documents</source>
        <translation>ເອກະສານຂອງຄົນງານ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</source>
        <translation>
            <numerusform>⚠ ນາຍຈ້າງ ຫຼື ນາຍໜ້າຖືເອກະສານໄວ້ %n ສະບັບ: ການຢຶດເອກະສານປະຈຳຕົວແມ່ນຕົວຊີ້ວັດແຮງງານບັງຄັບ.</numerusform>
            <numerusform>⚠ ນາຍຈ້າງ ຫຼື ນາຍໜ້າຖືເອກະສານໄວ້ %n ສະບັບ: ການຢຶດເອກະສານປະຈຳຕົວແມ່ນຕົວຊີ້ວັດແຮງງານບັງຄັບ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents expired.</source>
        <translation>
            <numerusform>⚠ ເອກະສານໝົດອາຍຸແລ້ວ %n ສະບັບ.</numerusform>
            <numerusform>⚠ ເອກະສານໝົດອາຍຸແລ້ວ %n ສະບັບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>ເອົາເອກະສານອອກ</translation>
    </message>
    <message>
        <source>Remove %1 from this interview? Do this only for a document recorded in error.</source>
        <translation>ເອົາ %1 ອອກຈາກການສຳພາດນີ້ບໍ? ເຮັດສະເພາະເອກະສານທີ່ບັນທຶກຜິດເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>ຜູ້ຖື</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ໝົດອາຍຸ</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>ໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Held by someone other than the worker: retention of identity documents is a forced-labour indicator.</source>
        <translation>ຖືໄວ້ໂດຍຜູ້ອື່ນທີ່ບໍ່ແມ່ນຄົນງານ: ການຢຶດເອກະສານປະຈຳຕົວແມ່ນຕົວຊີ້ວັດແຮງງານບັງຄັບ.</translation>
    </message>
    <message>
        <source>Only the last characters are shown. The number is sealed before it leaves this laptop.</source>
        <translation>ສະແດງສະເພາະຕົວອັກສອນທ້າຍ. ເລກທີຈະຖືກປິດຜະນຶກກ່ອນອອກຈາກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>⚠ %1: retained</source>
        <translation>⚠ %1: ຢຶດໄວ້</translation>
    </message>
    <message>
        <source>⚠ %1: expired</source>
        <translation>⚠ %1: ໝົດອາຍຸແລ້ວ</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Overview</source>
        <translation>ພາບລວມ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>ລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>ການສຳພາດ</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>ບັນທຶກຂອງນາຍພາສາ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>This inspection is no longer on this laptop.</source>
        <translation>ການກວດນີ້ບໍ່ມີຢູ່ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>ຫົວໜ້າສົ່ງຄືນມາ: %1</translation>
    </message>
    <message>
        <source>This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign this revision again.</source>
        <translation>ນີ້ແມ່ນສະບັບແກ້ໄຂທີ %1. ສະບັບທີ %2 ໄດ້ລົງລາຍເຊັນແລ້ວ ແລະ ຖືກເກັບໄວ້ໂດຍບໍ່ປ່ຽນແປງ; ກະລຸນາເຮັດສະບັບນີ້ໃຫ້ສຳເລັດ ແລະ ລົງລາຍເຊັນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Signed and frozen. Any change starts a new revision.</source>
        <translation>ລົງລາຍເຊັນ ແລະ ລັອກແລ້ວ. ການປ່ຽນແປງໃດໆ ຈະເລີ່ມສະບັບແກ້ໄຂໃໝ່.</translation>
    </message>
    <message>
        <source>Not saved: check the date</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: ກວດເບິ່ງວັນທີ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>ກວດຜົນການແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ແຟ້ມສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Every visit of this workplace, open findings, repeated violations and the workforce over time</source>
        <translation>ການລົງກວດທຸກຄັ້ງຂອງບ່ອນເຮັດວຽກນີ້ ຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ ການລະເມີດຊ້ຳ ແລະ ຈຳນວນແຮງງານຕາມເວລາ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>saving</source>
        <translation>ການບັນທຶກ</translation>
    </message>
    <message>
        <source>The disk is full ({what}); free some space and try again. Nothing was lost: everything saved before is intact.</source>
        <translation>ດິສກ໌ເຕັມ ({what}); ກະລຸນາເພີ່ມບ່ອນຫວ່າງແລ້ວລອງໃໝ່. ບໍ່ມີຫຍັງເສຍໄປ: ທຸກຢ່າງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງຢູ່ຄົບ.</translation>
    </message>
    <message>
        <source>Could not finish {what}: {reason}.</source>
        <translation>ບໍ່ສາມາດເຮັດ{what}ໃຫ້ສຳເລັດ: {reason}.</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what} ບໍ່ສາມາດເປັນຄ່າລົບໄດ້.</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed} (got {value}).</source>
        <translation>{what} ຕ້ອງເປັນໜຶ່ງໃນ {allowed} (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>ບໍ່ພົບ{what}ທີ່ມີລະຫັດ {id}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number (got {value}).</source>
        <translation>{what} ຕ້ອງເປັນຈຳນວນເຕັມ (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>{what} must be a date as YYYY-MM-DD (got {value}).</source>
        <translation>{what} ຕ້ອງເປັນວັນທີໃນຮູບແບບ YYYY-MM-DD (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what} ຕ້ອງເປັນຕົວເລກ.</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>ການບັນທຶກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid Unicode (a lone surrogate), which cannot be stored or sent to HQ; nothing was saved. Type or paste it again.</source>
        <translation>ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ບໍ່ແມ່ນ Unicode ທີ່ຖືກຕ້ອງ (surrogate ດ່ຽວ) ເຊິ່ງບໍ່ສາມາດບັນທຶກ ຫຼື ສົ່ງໄປ HQ ໄດ້. ຍັງບໍ່ໄດ້ບັນທຶກຫຍັງ. ກະລຸນາພິມ ຫຼື ວາງຄືນໃໝ່.</translation>
    </message>
    <message>
        <source>The {field} of this {record}{part} holds {what}, which cannot be stored or sent to HQ; nothing was saved. Type or paste the text again without it.</source>
        <translation>{field} ຂອງ {record} ນີ້{part} ມີ {what} ເຊິ່ງບໍ່ສາມາດບັນທຶກ ຫຼື ສົ່ງໄປ HQ ໄດ້. ຍັງບໍ່ໄດ້ບັນທຶກຫຍັງ. ກະລຸນາພິມ ຫຼື ວາງຂໍ້ຄວາມຄືນໃໝ່ໂດຍບໍ່ມີມັນ.</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Edit establishment</source>
        <translation>ແກ້ໄຂສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>ສະຖານປະກອບການໃໝ່</translation>
    </message>
    <message>
        <source>Name in Thai</source>
        <translation>ຊື່ເປັນພາສາໄທ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ຊື່ເປັນພາສາອັງກິດ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>ເລກທະບຽນ</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>ເລກປະກັນສັງຄົມ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>ຊື່ນາຍຈ້າງ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ທີ່ຢູ່</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ເສັ້ນຂະໜານ</translation>
    </message>
    <message>
        <source>e.g. 16.7132</source>
        <translation>ເຊັ່ນ: 16.7132</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ເສັ້ນແວງ</translation>
    </message>
    <message>
        <source>e.g. 98.5749</source>
        <translation>ເຊັ່ນ: 98.5749</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ຜູ້ຍິງ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ອາຍຸຕ່ຳກວ່າ 18 ປີ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Name (&amp;Thai)</source>
        <translation>ຊື່ (ໄທ)(&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>ຊື່ (ອັງກິດ)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation>ເລກທະບຽນ(&amp;R)</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>ເລກປະກັນສັງຄົມ</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>ຂະແໜງການ(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>ນາຍຈ້າງ(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ໂທລະສັບ(&amp;H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ສະຖານທີ່ຕັ້ງ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ທີ່ຢູ່(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;GPS (optional)</source>
        <translation>GPS (ບໍ່ບັງຄັບ)(&amp;G)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ຄົນງານ</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>ຜູ້ຍິງ(&amp;W)</translation>
    </message>
    <message>
        <source>Me&amp;n</source>
        <translation>ຜູ້ຊາຍ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>ອາຍຸຕ່ຳກວ່າ 18 ປີ(&amp;U)</translation>
    </message>
    <message>
        <source>By nationality:</source>
        <translation>ຕາມສັນຊາດ:</translation>
    </message>
    <message>
        <source>This establishment no longer exists.</source>
        <translation>ສະຖານປະກອບການນີ້ບໍ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>The province you typed is not in the list; choose one of the suggestions.</source>
        <translation>ແຂວງທີ່ທ່ານພິມບໍ່ມີໃນລາຍຊື່; ກະລຸນາເລືອກຈາກລາຍການທີ່ແນະນຳ.</translation>
    </message>
    <message>
        <source>The district you typed is not in the list; choose one of the suggestions.</source>
        <translation>ເມືອງທີ່ທ່ານພິມບໍ່ມີໃນລາຍຊື່; ກະລຸນາເລືອກຈາກລາຍການທີ່ແນະນຳ.</translation>
    </message>
    <message>
        <source>The subdistrict you typed is not in the list; choose one of the suggestions.</source>
        <translation>ຕາແສງທີ່ທ່ານພິມບໍ່ມີໃນລາຍຊື່; ກະລຸນາເລືອກຈາກລາຍການທີ່ແນະນຳ.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>ກະລຸນາໃສ່ທັງເສັ້ນຂະໜານ ແລະ ເສັ້ນແວງ ຫຼື ບໍ່ໃສ່ທັງສອງຢ່າງ.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>ເສັ້ນຂະໜານຕ້ອງຢູ່ລະຫວ່າງ -90 ຫາ 90 ແລະ ເສັ້ນແວງຕ້ອງຢູ່ລະຫວ່າງ -180 ຫາ 180.</translation>
    </message>
    <message>
        <source>There cannot be more workers under 18 than workers in total.</source>
        <translation>ຈຳນວນຄົນງານອາຍຸຕ່ຳກວ່າ 18 ປີ ບໍ່ສາມາດຫຼາຍກວ່າຈຳນວນຄົນງານທັງໝົດໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more problems: see the fields marked in red.</source>
        <translation>
            <numerusform>%1 ຍັງມີບັນຫາອີກ %n ຢ່າງ: ເບິ່ງຊ່ອງທີ່ໝາຍສີແດງ.</numerusform>
            <numerusform>%1 ຍັງມີບັນຫາອີກ %n ຢ່າງ: ເບິ່ງຊ່ອງທີ່ໝາຍສີແດງ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentFileWindow</name>
    <message>
        <source>Establishment file</source>
        <translation>ແຟ້ມສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Establishment file — %1</source>
        <translation>ແຟ້ມສະຖານປະກອບການ — %1</translation>
    </message>
    <message>
        <source>Registration no. %1</source>
        <translation>ເລກທະບຽນ %1</translation>
    </message>
    <message>
        <source>Social Security no. %1</source>
        <translation>ເລກປະກັນສັງຄົມ %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</source>
        <translation>
            <numerusform>ສູນກາງນັບວ່າບັນທຶກ %n ລາຍການທີ່ເຮັດຢູ່ແລັບທັອບເຄື່ອງອື່ນເປັນບ່ອນເຮັດວຽກດຽວກັນນີ້; ການລົງກວດຂອງບັນທຶກເຫຼົ່ານັ້ນສະແດງຢູ່ນີ້ ໂດຍບໍ່ມີເນື້ອຫາທີ່ຜະນຶກໄວ້.</numerusform>
            <numerusform>ສູນກາງນັບວ່າບັນທຶກ %n ລາຍການທີ່ເຮັດຢູ່ແລັບທັອບເຄື່ອງອື່ນເປັນບ່ອນເຮັດວຽກດຽວກັນນີ້; ການລົງກວດຂອງບັນທຶກເຫຼົ່ານັ້ນສະແດງຢູ່ນີ້ ໂດຍບໍ່ມີເນື້ອຫາທີ່ຜະນຶກໄວ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has no record of this workplace yet: what is shown comes from HQ.</source>
        <translation>ແລັບທັອບເຄື່ອງນີ້ຍັງບໍ່ມີບັນທຶກຂອງບ່ອນເຮັດວຽກນີ້: ສິ່ງທີ່ສະແດງແມ່ນມາຈາກສູນກາງ.</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n), newest first</source>
        <translation>
            <numerusform>ການລົງກວດ (%n), ຫຼ້າສຸດກ່ອນ</numerusform>
            <numerusform>ການລົງກວດ (%n), ຫຼ້າສຸດກ່ອນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open findings (%n)</source>
        <translation>
            <numerusform>ຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ (%n)</numerusform>
            <numerusform>ຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>ກາຍກຳນົດ %n</numerusform>
            <numerusform>ກາຍກຳນົດ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated violations: the same item cited at two or more visits (%n)</source>
        <translation>
            <numerusform>ການລະເມີດຊ້ຳ: ຂໍ້ດຽວກັນຖືກລະບຸໃນການລົງກວດສອງຄັ້ງຂຶ້ນໄປ (%n)</numerusform>
            <numerusform>ການລະເມີດຊ້ຳ: ຂໍ້ດຽວກັນຖືກລະບຸໃນການລົງກວດສອງຄັ້ງຂຶ້ນໄປ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workforce and nationality mix over time</source>
        <translation>ຈຳນວນແຮງງານ ແລະ ສັດສ່ວນສັນຊາດຕາມເວລາ</translation>
    </message>
    <message>
        <source>No visit is recorded yet.</source>
        <translation>ຍັງບໍ່ມີການບັນທຶກການລົງກວດ.</translation>
    </message>
    <message>
        <source>No finding is open.</source>
        <translation>ບໍ່ມີຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ.</translation>
    </message>
    <message>
        <source>No checklist item has been cited at more than one visit.</source>
        <translation>ບໍ່ມີຂໍ້ໃນລາຍການກວດທີ່ຖືກລະບຸໃນການລົງກວດຫຼາຍກວ່າໜຶ່ງຄັ້ງ.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ການຍຶດເອກະສານຊ້ຳ (ສູນກາງພົບ): ນາຍຈ້າງຖືເອກະສານຂອງຄົນງານ (%1) ໄວ້ໃນການລົງກວດ %n ຄັ້ງ: %2.</numerusform>
            <numerusform>⚠ ການຍຶດເອກະສານຊ້ຳ (ສູນກາງພົບ): ນາຍຈ້າງຖືເອກະສານຂອງຄົນງານ (%1) ໄວ້ໃນການລົງກວດ %n ຄັ້ງ: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ HQ flag %1 at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ສູນກາງແຈ້ງເຕືອນ %1 ໃນການລົງກວດ %n ຄັ້ງ: %2.</numerusform>
            <numerusform>⚠ ສູນກາງແຈ້ງເຕືອນ %1 ໃນການລົງກວດ %n ຄັ້ງ: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last S1 finding (possible forced labour, trafficking or child labour): %1 — visit %2 on %3; now: %4.</source>
        <translation>ຂໍ້ຄົ້ນພົບ S1 ຫຼ້າສຸດ (ອາດເປັນແຮງງານບັງຄັບ, ການຄ້າມະນຸດ ຫຼື ແຮງງານເດັກ): %1 — ການລົງກວດ %2 ວັນທີ %3; ປັດຈຸບັນ: %4.</translation>
    </message>
    <message>
        <source>Last verified: %1.</source>
        <translation>ກວດຜົນຄັ້ງຫຼ້າສຸດ: %1.</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>ເປີດການລົງກວດ</translation>
    </message>
    <message>
        <source>Visits recorded on other laptops are shown here only: HQ keeps them.</source>
        <translation>ການລົງກວດທີ່ບັນທຶກຢູ່ແລັບທັອບເຄື່ອງອື່ນສະແດງຢູ່ນີ້ເທົ່ານັ້ນ: ສູນກາງເປັນຜູ້ເກັບຮັກສາ.</translation>
    </message>
    <message>
        <source>Start a follow-up of this visit…</source>
        <translation>ເລີ່ມການລົງກວດຕິດຕາມຂອງການກວດຄັ້ງນີ້…</translation>
    </message>
    <message>
        <source>A new visit of this workplace that verifies the open findings of the chosen visit, wherever it was recorded.</source>
        <translation>ການລົງກວດຄັ້ງໃໝ່ຢູ່ສະຖານທີ່ເຮັດວຽກນີ້ ເພື່ອກວດສອບຂໍ້ພົບທີ່ຍັງຄ້າງຂອງການກວດທີ່ເລືອກ ບໍ່ວ່າຈະບັນທຶກໄວ້ຢູ່ເຄື່ອງໃດ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>EstablishmentPicker</name>
    <message>
        <source>Type part of the name, employer or place</source>
        <translation>ພິມບາງສ່ວນຂອງຊື່, ນາຍຈ້າງ ຫຼື ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ຄົ້ນຫາສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
</context>
<context>
    <name>EstablishmentStep</name>
    <message>
        <source>Establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Which workplace are you inspecting?</source>
        <translation>ທ່ານກຳລັງກວດກາບ່ອນເຮັດວຽກໃດ?</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>ສ້າງໃໝ່…(&amp;C)</translation>
    </message>
    <message>
        <source>Create a new establishment</source>
        <translation>ສ້າງສະຖານປະກອບການໃໝ່</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ຊື່ (ໄທ)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ຊື່ (ອັງກິດ)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ຄົນງານ</translation>
    </message>
    <message>
        <source>Men: %1, women: %2, under 18: %3</source>
        <translation>ຜູ້ຊາຍ: %1, ຜູ້ຍິງ: %2, ອາຍຸຕ່ຳກວ່າ 18 ປີ: %3</translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Search name, employer, registration no. or place</source>
        <translation>ຄົ້ນຫາຊື່, ນາຍຈ້າງ, ເລກທະບຽນ ຫຼື ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ຄົ້ນຫາສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation>ສະຖານປະກອບການໃໝ່…(&amp;N)</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>ສະຖານປະກອບການໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ແກ້ໄຂ…(&amp;E)</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>ແກ້ໄຂສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishments</source>
        <translation>
            <numerusform>ສະຖານປະກອບການ %Ln ແຫ່ງ</numerusform>
            <numerusform>ສະຖານປະກອບການ %Ln ແຫ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>ສະແດງ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Administrative areas: %1</source>
        <translation>ເຂດການປົກຄອງ: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>ຜູ້ຈັດຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Training {number}: the date</source>
        <translation>ການຝຶກອົບຮົມທີ {number}: ວັນທີ</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>ການຮັບຮອງໃຊ້ໄດ້ຮອດ</translation>
    </message>
    <message>
        <source>Male workers</source>
        <translation>ລູກຈ້າງຊາຍ</translation>
    </message>
    <message>
        <source>Female workers</source>
        <translation>ລູກຈ້າງຍິງ</translation>
    </message>
    <message>
        <source>Workers under 18</source>
        <translation>ລູກຈ້າງອາຍຸຕ່ຳກວ່າ 18 ປີ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ເສັ້ນຂະໜານ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ເສັ້ນແວງ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Declaration date</source>
        <translation>ວັນທີແຈ້ງ</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <source>Document holder</source>
        <translation>ຜູ້ຖືເອກະສານ</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>ສະຖານະໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>ວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ລະດັບຄວາມຮຸນແຮງ</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>ສະຖານະຂອງຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>ໜ່ວຍງານທີ່ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ລູກຈ້າງທີ່ໄດ້ຮັບຜົນກະທົບ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>ວັນທີກວດຕິດຕາມ</translation>
    </message>
    <message>
        <source>Workers of nationality {code}</source>
        <translation>ລູກຈ້າງສັນຊາດ {code}</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Signature role</source>
        <translation>ຖານະຂອງຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ຊ່ວງອາຍຸ</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>ຊ່ອງທາງເຂົ້າມາເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>ການຂຶ້ນທະບຽນປະກັນສັງຄົມ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <source>Forced-labour indicator</source>
        <translation>ຕົວຊີ້ວັດການບັງຄັບໃຊ້ແຮງງານ</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>ຊື່ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>ເບີໂທຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>ເລກທີຄະດີ</translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation>ບັນທຶກການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>ໜ່ວຍງານຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>ວັນທີສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>ສະຖານະການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ເມືອງ</translation>
    </message>
</context>
<context>
    <name>FindingErrors</name>
    <message>
        <source>A finding needs a title, in Thai or in English.</source>
        <translation>ຂໍ້ຄົ້ນພົບຕ້ອງມີຫົວຂໍ້ ເປັນພາສາໄທ ຫຼື ພາສາອັງກິດ.</translation>
    </message>
    <message>
        <source>A finding needs a severity (S1–S4).</source>
        <translation>ຂໍ້ຄົ້ນພົບຕ້ອງລະບຸລະດັບຄວາມຮຸນແຮງ (S1–S4).</translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Open</source>
        <translation>ຍັງບໍ່ທັນແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>ດຳເນີນຄະດີແລ້ວ</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>ລະດັບຄວາມຮ້າຍແຮງ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Legal basis</source>
        <translation>ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ລະດັບຄວາມຮ້າຍແຮງ</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ຄົນງານທີ່ໄດ້ຮັບຜົນກະທົບ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Finding (Thai)</source>
        <translation>ຂໍ້ຄົ້ນພົບ (ພາສາໄທ)</translation>
    </message>
    <message>
        <source>Finding (English)</source>
        <translation>ຂໍ້ຄົ້ນພົບ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>ລາຍລະອຽດ (ພາສາໄທ)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>ລາຍລະອຽດ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <source>Required action (Thai)</source>
        <translation>ສິ່ງທີ່ຕ້ອງດຳເນີນການ (ພາສາໄທ)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>Required action (English)</source>
        <translation>ສິ່ງທີ່ຕ້ອງດຳເນີນການ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>ຂໍ້ຄົ້ນພົບໃໝ່</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>ອ້າງອີງກົດໝາຍ</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>ມີກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>ສົ່ງຕໍ່ໄປ %1: %2</translation>
    </message>
    <message>
        <source>The referral record is being made…</source>
        <translation>ກຳລັງສ້າງບັນທຶກການສົ່ງຕໍ່…</translation>
    </message>
    <message>
        <source>No referral record to %1 yet.</source>
        <translation>ຍັງບໍ່ມີບັນທຶກການສົ່ງຕໍ່ໄປ %1.</translation>
    </message>
    <message>
        <source>S1: protect the workers and refer them. Choose the receiving body under Referral: a referral record is made, to follow on the Referrals page.</source>
        <translation>S1: ປົກປ້ອງຄົນງານ ແລະ ສົ່ງຕໍ່. ເລືອກໜ່ວຍງານທີ່ຮັບເລື່ອງໃນຊ່ອງ ການສົ່ງຕໍ່: ຈະມີການສ້າງບັນທຶກການສົ່ງຕໍ່ ເພື່ອຕິດຕາມໃນໜ້າ ການສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>Make the referral record</source>
        <translation>ສ້າງບັນທຶກການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation>ເປີດການສົ່ງຕໍ່…</translation>
    </message>
    <message>
        <source>Open a referral</source>
        <translation>ເປີດການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>The checklist answer for %1 shows no violation now, yet this finding stands. Correct the answer on the Checklist tab, or set this finding&apos;s status (Dismissed if it does not hold).</source>
        <translation>ຄຳຕອບໃນລາຍການກວດກາສຳລັບ %1 ບໍ່ສະແດງການລະເມີດແລ້ວ ແຕ່ຂໍ້ຄົ້ນພົບນີ້ຍັງຄົງຢູ່. ກະລຸນາແກ້ຄຳຕອບຢູ່ແຖບ ລາຍການກວດກາ ຫຼື ກຳນົດສະຖານະຂອງຂໍ້ຄົ້ນພົບນີ້ (ຍົກເລີກແລ້ວ ຖ້າຂໍ້ຄົ້ນພົບນີ້ບໍ່ຖືກຕ້ອງ).</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>required action</source>
        <translation>ສິ່ງທີ່ຕ້ອງດຳເນີນການ</translation>
    </message>
    <message>
        <source>Written in Thai only: %1.</source>
        <translation>ຂຽນເປັນພາສາໄທເທົ່ານັ້ນ: %1.</translation>
    </message>
    <message>
        <source>Written in English only: %1.</source>
        <translation>ຂຽນເປັນພາສາອັງກິດເທົ່ານັ້ນ: %1.</translation>
    </message>
    <message>
        <source>Reports print such a text as written and mark it as written in one language.</source>
        <translation>ບົດລາຍງານຈະພິມຂໍ້ຄວາມດັ່ງກ່າວຕາມທີ່ຂຽນ ແລະ ໝາຍໄວ້ວ່າຂຽນເປັນພາສາດຽວ.</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ຜົນການກວດຕິດຕາມຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Not verified at a follow-up visit yet.</source>
        <translation>ຍັງບໍ່ໄດ້ກວດຜົນໃນການລົງກວດຕິດຕາມ.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Field Inspector</source>
        <translation>ຕັ້ງຄ່າ Field Inspector</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>ໃສ່ລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this laptop with your passphrase. It cannot be recovered if forgotten: HQ keeps what you have synced.</source>
        <translation>ທຸກຢ່າງທີ່ທ່ານບັນທຶກຈະຖືກເຂົ້າລະຫັດໄວ້ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ດ້ວຍລະຫັດຜ່ານຂອງທ່ານ. ຖ້າລືມລະຫັດຜ່ານ ຈະກູ້ຄືນບໍ່ໄດ້: ສຳນັກງານໃຫຍ່ເກັບຮັກສາສິ່ງທີ່ທ່ານໄດ້ຊິ້ງແລ້ວ.</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>ຊື່ຜູ້ໃຊ້(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>ໃສ່ອີກຄັ້ງ(&amp;R)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>ກຳລັງສ້າງບ່ອນເກັບຂໍ້ມູນທີ່ເຂົ້າລະຫັດ…</translation>
    </message>
</context>
<context>
    <name>FollowUpErrors</name>
    <message>
        <source>A follow-up visit needs a visit date.</source>
        <translation>ການກວດຕິດຕາມຕ້ອງມີວັນທີລົງກວດ.</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} on this laptop or published by HQ.</source>
        <translation>ບໍ່ພົບການລົງກວດຄັ້ງກ່ອນທີ່ມີລະຫັດ {id} ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ ຫຼື ທີ່ສຳນັກງານໃຫຍ່ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <source>A follow-up is recorded against the same establishment as the earlier visit.</source>
        <translation>ການກວດຕິດຕາມຕ້ອງບັນທຶກກັບສະຖານປະກອບການດຽວກັນກັບການລົງກວດຄັ້ງກ່ອນ.</translation>
    </message>
    <message>
        <source>No base checklist is loaded on this laptop to start the follow-up with.</source>
        <translation>ບໍ່ມີລາຍການກວດກາຫຼັກໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ເພື່ອເລີ່ມການກວດຕິດຕາມ.</translation>
    </message>
    <message>
        <source>No establishment with id {id}.</source>
        <translation>ບໍ່ພົບສະຖານປະກອບການທີ່ມີລະຫັດ {id}.</translation>
    </message>
    <message>
        <source>HQ does not count that establishment as the workplace of the earlier visit; choose the one HQ lists, or let the app make the record.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຖືວ່າສະຖານປະກອບການນັ້ນເປັນບ່ອນເຮັດວຽກຂອງການລົງກວດຄັ້ງກ່ອນ; ກະລຸນາເລືອກບ່ອນທີ່ສຳນັກງານໃຫຍ່ລະບຸ ຫຼື ໃຫ້ແອັບສ້າງຂໍ້ມູນໃຫ້.</translation>
    </message>
    <message>
        <source>HQ has not described the workplace of this visit yet; sync, then try again.</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ອະທິບາຍບ່ອນເຮັດວຽກຂອງການລົງກວດນີ້; ກະລຸນາຊິ້ງ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>A verification&apos;s outcome is one of {allowed} (got {value}).</source>
        <translation>ຜົນການກວດສອບຕ້ອງເປັນໜຶ່ງໃນ {allowed} (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>A verification note may hold at most {limit} characters.</source>
        <translation>ບັນທຶກການກວດສອບຍາວໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Evidence for a verification must be attached to the follow-up visit.</source>
        <translation>ຫຼັກຖານຂອງການກວດສອບຕ້ອງແນບໄວ້ກັບການກວດຕິດຕາມ.</translation>
    </message>
    <message>
        <source>No inspection with id {id} on this laptop or published by HQ.</source>
        <translation>ບໍ່ພົບການກວດກາທີ່ມີລະຫັດ {id} ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ ຫຼື ທີ່ສຳນັກງານໃຫຍ່ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <source>Look ahead {low} to {high} days.</source>
        <translation>ເບິ່ງລ່ວງໜ້າໄດ້ {low} ຫາ {high} ວັນ.</translation>
    </message>
    <message>
        <source>A district is a four-digit DOPA code, e.g. 6306 for Mae Sot (got {value}).</source>
        <translation>ເມືອງແມ່ນລະຫັດ DOPA 4 ຕົວເລກ ເຊັ່ນ 6306 ແມ່ນແມ່ສອດ (ໄດ້ຮັບ {value}).</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>OVERDUE by %Ln days</source>
        <translation>
            <numerusform>ກາຍກຳນົດ %Ln ມື້</numerusform>
            <numerusform>ກາຍກຳນົດ %Ln ມື້</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ຄົບກຳນົດມື້ນີ້</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln days</source>
        <translation>
            <numerusform>ຄົບກຳນົດໃນອີກ %Ln ມື້</numerusform>
            <numerusform>ຄົບກຳນົດໃນອີກ %Ln ມື້</numerusform>
        </translation>
    </message>
    <message>
        <source>Another laptop (from HQ)</source>
        <translation>ແລັບທັອບເຄື່ອງອື່ນ (ຈາກສູນກາງ)</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>ແລັບທັອບເຄື່ອງນີ້</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>ທຸກເມືອງ</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>ກັ່ນຕອງຕາມເມືອງ</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>ສະເພາະທີ່ກາຍກຳນົດ</translation>
    </message>
    <message>
        <source>Look ahead (days):</source>
        <translation>ເບິ່ງລ່ວງໜ້າ (ມື້):</translation>
    </message>
    <message>
        <source>Look ahead, in days</source>
        <translation>ເບິ່ງລ່ວງໜ້າ, ເປັນມື້</translation>
    </message>
    <message>
        <source>Findings due and planned follow-up visits</source>
        <translation>ຂໍ້ຄົ້ນພົບທີ່ຄົບກຳນົດ ແລະ ການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ແຟ້ມສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Nothing is due: no open finding has a deadline in this period, and no follow-up visit is planned.</source>
        <translation>ບໍ່ມີວຽກທີ່ຄົບກຳນົດ: ບໍ່ມີຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງທີ່ມີກຳນົດເວລາໃນຊ່ວງນີ້ ແລະ ບໍ່ມີການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings due</source>
        <translation>
            <numerusform>ຂໍ້ຄົ້ນພົບຄົບກຳນົດ %Ln ຂໍ້</numerusform>
            <numerusform>ຂໍ້ຄົ້ນພົບຄົບກຳນົດ %Ln ຂໍ້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up visits</source>
        <translation>
            <numerusform>ການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້ %Ln ຄັ້ງ</numerusform>
            <numerusform>ການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້ %Ln ຄັ້ງ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>ກາຍກຳນົດ %Ln</numerusform>
            <numerusform>ກາຍກຳນົດ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the follow-up visit</source>
        <translation>ເປີດການລົງກວດຕິດຕາມ</translation>
    </message>
    <message>
        <source>Start follow-up visit</source>
        <translation>ເລີ່ມການລົງກວດຕິດຕາມ</translation>
    </message>
    <message>
        <source>Could not start the follow-up visit: %1</source>
        <translation>ບໍ່ສາມາດເລີ່ມການລົງກວດຕິດຕາມ: %1</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>to be confirmed</source>
        <translation>ລໍຖ້າການຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (edition %1)</source>
        <translation>ຄູ່ມືຜູ້ປະສານງານດ້ານພາສາ (ສະບັບ %1)</translation>
    </message>
    <message>
        <source>Find a term in Thai, Burmese, Khmer, Lao or English</source>
        <translation>ຊອກຫາຄຳສັບພາສາໄທ, ມຽນມາ, ຂະແມ, ລາວ ຫຼື ອັງກິດ</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ຊອກຫາໃນຄຳສັບ</translation>
    </message>
    <message>
        <source>Print or save booklet</source>
        <translation>ພິມ ຫຼື ບັນທຶກເປັນປຶ້ມ</translation>
    </message>
    <message>
        <source>Print or save the handbook as a booklet</source>
        <translation>ພິມ ຫຼື ບັນທຶກຄູ່ມືເປັນປຶ້ມນ້ອຍ</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>ຈັນຍາບັນ</translation>
    </message>
    <message>
        <source>Interview safeguards</source>
        <translation>ມາດຕະການປົກປ້ອງໃນການສຳພາດ</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>ຄຳສັບ</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>ລາຍການຄຳສັບ</translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n ຄຳ</numerusform>
            <numerusform>%n ຄຳ</numerusform>
        </translation>
    </message>
    <message>
        <source>Burmese typed in Zawgyi was searched as Unicode.</source>
        <translation>ຂໍ້ຄວາມມຽນມາທີ່ພິມແບບ Zawgyi ຖືກຊອກຫາເປັນ Unicode.</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>ກຳລັງຈັດທຳປຶ້ມ…</translation>
    </message>
</context>
<context>
    <name>InspectionErrors</name>
    <message>
        <source>Inspection {reference} is {status}; it cannot become {target}.</source>
        <translation>ການກວດກາ {reference} ຢູ່ໃນສະຖານະ {status}; ບໍ່ສາມາດປ່ຽນເປັນ {target} ໄດ້.</translation>
    </message>
    <message>
        <source>Inspection {reference} is approved and closed; record a follow-up visit instead.</source>
        <translation>ການກວດກາ {reference} ໄດ້ຮັບອະນຸມັດ ແລະ ປິດແລ້ວ; ກະລຸນາບັນທຶກການກວດຕິດຕາມແທນ.</translation>
    </message>
    <message>
        <source>The complaint source must be text.</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຄຳຮ້ອງຮຽນຕ້ອງເປັນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>The complaint source may hold at most {limit} characters.</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຄຳຮ້ອງຮຽນຍາວໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>An inspection needs a visit date.</source>
        <translation>ການກວດກາຕ້ອງມີວັນທີລົງກວດ.</translation>
    </message>
    <message>
        <source>Template {code} is an add-on; start from a base checklist.</source>
        <translation>ແບບ {code} ເປັນສ່ວນເສີມ; ກະລຸນາເລີ່ມຈາກລາຍການກວດກາຫຼັກ.</translation>
    </message>
    <message>
        <source>No previous inspection with id {id} (on this laptop or published by HQ).</source>
        <translation>ບໍ່ພົບການກວດກາຄັ້ງກ່ອນທີ່ມີລະຫັດ {id} (ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ ຫຼື ທີ່ສຳນັກງານໃຫຍ່ເຜີຍແຜ່).</translation>
    </message>
    <message>
        <source>Template {code} is a base checklist, not an add-on.</source>
        <translation>ແບບ {code} ເປັນລາຍການກວດກາຫຼັກ, ບໍ່ແມ່ນສ່ວນເສີມ.</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} (on this laptop or published by HQ).</source>
        <translation>ບໍ່ພົບການລົງກວດຄັ້ງກ່ອນທີ່ມີລະຫັດ {id} (ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ ຫຼື ທີ່ສຳນັກງານໃຫຍ່ເຜີຍແຜ່).</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items} and {more} more.</source>
        <translation>ຍັງບໍ່ໄດ້ຕອບຂໍ້ທີ່ຕ້ອງຕອບ {count} ຂໍ້: {items} ແລະ ອີກ {more} ຂໍ້.</translation>
    </message>
    <message>
        <source>{count} required item is not answered yet: {items}.</source>
        <translation>ຍັງບໍ່ໄດ້ຕອບຂໍ້ທີ່ຕ້ອງຕອບ {count} ຂໍ້: {items}.</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items}.</source>
        <translation>ຍັງບໍ່ໄດ້ຕອບຂໍ້ທີ່ຕ້ອງຕອບ {count} ຂໍ້: {items}.</translation>
    </message>
    <message>
        <source>A finding is recorded for {items}, but the checklist answer shows no violation. Correct the answer, or set the finding&apos;s status on the Findings tab (Dismissed if it does not hold).</source>
        <translation>ມີຂໍ້ຄົ້ນພົບທີ່ບັນທຶກໄວ້ສຳລັບ {items} ແຕ່ຄຳຕອບໃນລາຍການກວດກາບໍ່ສະແດງການລະເມີດ. ກະລຸນາແກ້ຄຳຕອບ ຫຼື ກຳນົດສະຖານະຂອງຂໍ້ຄົ້ນພົບຢູ່ແຖບ ຂໍ້ຄົ້ນພົບ (ຍົກເລີກແລ້ວ ຖ້າຂໍ້ຄົ້ນພົບນັ້ນບໍ່ຖືກຕ້ອງ).</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>ລາຍເຊັນຕ້ອງມີຊື່ຜູ້ລົງນາມ.</translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation>ລາຍເຊັນຕ້ອງເປັນຮູບ PNG.</translation>
    </message>
    <message>
        <source>Complete inspection {reference} before it is signed (it is {status}).</source>
        <translation>ກະລຸນາເຮັດການກວດກາ {reference} ໃຫ້ສຳເລັດກ່ອນລົງລາຍເຊັນ (ປັດຈຸບັນຢູ່ໃນສະຖານະ {status}).</translation>
    </message>
    <message>
        <source>Revision {revision} already has the {role}&apos;s signature.</source>
        <translation>ສະບັບທີ {revision} ມີລາຍເຊັນຂອງ{role}ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>%1 r%2</source>
        <comment>an inspection&apos;s reference and its revision number</comment>
        <translation>%1 ສະບັບ %2</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Search establishment, reference or district</source>
        <translation>ຄົ້ນຫາສະຖານປະກອບການ, ເລກອ້າງອີງ ຫຼື ເມືອງ</translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation>ຄົ້ນຫາການກວດກາ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ຕົວກອງສະຖານະ</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>ທຸກປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Visit type filter</source>
        <translation>ຕົວກອງປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ທຸກແຂວງ</translation>
    </message>
    <message>
        <source>Province filter</source>
        <translation>ຕົວກອງແຂວງ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>ການລົງກວດແຕ່ວັນທີ</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>ການລົງກວດຮອດວັນທີ</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>ການກວດກາໃໝ່…(&amp;N)</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>ການກວດກາໃໝ່</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>ລາຍງານສະຫຼຸບ…</translation>
    </message>
    <message>
        <source>Summary report for a province or district</source>
        <translation>ລາຍງານສະຫຼຸບສຳລັບແຂວງ ຫຼື ເມືອງ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>ການກວດກາ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>ແຟ້ມສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Establishment file of the selected inspection</source>
        <translation>ແຟ້ມສະຖານປະກອບການຂອງການລົງກວດທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
</context>
<context>
    <name>InterpreterNotesTab</name>
    <message>
        <source>Coordinator</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ຈາກພາສາ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເປັນພາສາ</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>ຂໍ້ຄວາມຕົ້ນສະບັບ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ຄຳແປ</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>ບັນທຶກຂອງນາຍພາສາ</translation>
    </message>
    <message>
        <source>Add as new note</source>
        <translation>ເພີ່ມເປັນບັນທຶກໃໝ່</translation>
    </message>
    <message>
        <source>No interpreter note yet. Write what was said and its translation below, then press “Add as new note”.</source>
        <translation>ຍັງບໍ່ມີບັນທຶກຂອງນາຍພາສາ. ຂຽນສິ່ງທີ່ເວົ້າ ແລະ ຄຳແປຂອງມັນຢູ່ລຸ່ມນີ້, ແລ້ວກົດ “ເພີ່ມເປັນບັນທຶກໃໝ່”.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>InterviewErrors</name>
    <message>
        <source>An interpreter note needs its original text.</source>
        <translation>ບັນທຶກຂອງນາຍພາສາຕ້ອງມີຂໍ້ຄວາມຕົ້ນສະບັບ.</translation>
    </message>
    <message>
        <source>Age must be below 100.</source>
        <translation>ອາຍຸຕ້ອງຕ່ຳກວ່າ 100.</translation>
    </message>
    <message>
        <source>Daily wage must be a number (got {value}).</source>
        <translation>ຄ່າຈ້າງລາຍວັນຕ້ອງເປັນຕົວເລກ (ໄດ້ຮັບ {value}).</translation>
    </message>
    <message>
        <source>Interview notes can be recorded only after the worker has consented and the interview is private with the employer absent.</source>
        <translation>ບັນທຶກການສຳພາດໄດ້ກໍ່ຕໍ່ເມື່ອລູກຈ້າງໃຫ້ຄວາມຍິນຍອມແລ້ວ ແລະ ສຳພາດເປັນສ່ວນຕົວໂດຍບໍ່ມີນາຍຈ້າງຢູ່ນຳ.</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Burmese</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ຂະແມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ກະຫຼ່ຽງ</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ໄທໃຫຍ່</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ມອນ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ອັງກິດ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ຫວຽດນາມ</translation>
    </message>
    <message>
        <source>MOU recruitment</source>
        <translation>ຈັດຫາແຮງງານຕາມ MOU</translation>
    </message>
    <message>
        <source>Border pass (s.64)</source>
        <translation>ບັດຜ່ານແດນ (ມາດຕາ 64)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ການຂຶ້ນທະບຽນ</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>ບໍ່ມີເອກະສານຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>ໜັງສືຜ່ານແດນ</translation>
    </message>
    <message>
        <source>Certificate of Identity</source>
        <translation>ໃບຢັ້ງຢືນຕົວບຸກຄົນ</translation>
    </message>
    <message>
        <source>Pink card</source>
        <translation>ບັດສີບົວ</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ໃບອະນຸຍາດເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Seabook</source>
        <translation>ປຶ້ມຄົນປະຈຳເຮືອ</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>ຄົນງານເອງ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>ນາຍຈ້າງ</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>ນາຍໜ້າ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>Abuse of vulnerability</source>
        <translation>ການສວຍໃຊ້ຄວາມອ່ອນແອ</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>ການຫຼອກລວງ</translation>
    </message>
    <message>
        <source>Restriction of movement</source>
        <translation>ການຈຳກັດອິດສະຫຼະໃນການເດີນທາງ</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>ການແຍກໃຫ້ຢູ່ໂດດດ່ຽວ</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>ຄວາມຮຸນແຮງທາງຮ່າງກາຍ ຫຼື ທາງເພດ</translation>
    </message>
    <message>
        <source>Intimidation and threats</source>
        <translation>ການຂົ່ມຂູ່ ແລະ ການນາບຂູ່</translation>
    </message>
    <message>
        <source>Retention of identity documents</source>
        <translation>ການຢຶດເອກະສານປະຈຳຕົວ</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <translation>ການກັກຄ່າແຮງງານ</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>ການເປັນໜີ້ຜູກມັດ</translation>
    </message>
    <message>
        <source>Abusive working and living conditions</source>
        <translation>ສະພາບການເຮັດວຽກ ແລະ ການເປັນຢູ່ທີ່ກົດຂີ່ຂົ່ມເຫັງ</translation>
    </message>
    <message>
        <source>Excessive overtime</source>
        <translation>ການເຮັດວຽກລ່ວງເວລາເກີນກຳນົດ</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New interview</source>
        <translation>ການສຳພາດໃໝ່</translation>
    </message>
    <message>
        <source>No interview recorded yet. Press “New interview” to record one; its form opens beside this list.</source>
        <translation>ຍັງບໍ່ມີການສຳພາດທີ່ບັນທຶກໄວ້. ກົດ “ການສຳພາດໃໝ່” ເພື່ອບັນທຶກ; ແບບຟອມຂອງມັນຈະເປີດຢູ່ຂ້າງລາຍການນີ້.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>ການສຳພາດ</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>ລະຫັດຄົນງານ</translation>
    </message>
    <message>
        <source>Name (never printed)</source>
        <translation>ຊື່ (ຈະບໍ່ຖືກພິມອອກ)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>ຊ່ອງທາງເຂົ້າປະເທດ</translation>
    </message>
    <message>
        <source>Daily wage (THB)</source>
        <translation>ຄ່າແຮງຕໍ່ວັນ (THB)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ນາຍພາສາ</translation>
    </message>
    <message>
        <source>The worker consents, knows they may stop at any time and limit sharing</source>
        <translation>ຄົນງານຍິນຍອມ ແລະ ຮູ້ວ່າສາມາດຢຸດໄດ້ທຸກເວລາ ແລະ ຈຳກັດການແບ່ງປັນຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>Private place: nobody else can hear</source>
        <translation>ບ່ອນສ່ວນຕົວ: ບໍ່ມີຄົນອື່ນໄດ້ຍິນ</translation>
    </message>
    <message>
        <source>Employer, supervisor and broker are absent</source>
        <translation>ນາຍຈ້າງ, ຫົວໜ້າງານ ແລະ ນາຍໜ້າ ບໍ່ຢູ່ບ່ອນນັ້ນ</translation>
    </message>
    <message>
        <source>Notes can be typed only after all three confirmations.</source>
        <translation>ຈະພິມບັນທຶກໄດ້ ກໍຕໍ່ເມື່ອຢືນຢັນຄົບທັງສາມຂໍ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Forced-labour indicators observed</source>
        <translation>ຕົວຊີ້ວັດແຮງງານບັງຄັບທີ່ສັງເກດເຫັນ</translation>
    </message>
    <message>
        <source>Notes in the worker&apos;s language</source>
        <translation>ບັນທຶກເປັນພາສາຂອງຄົນງານ</translation>
    </message>
    <message>
        <source>Translation (Thai)</source>
        <translation>ຄຳແປ (ໄທ)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ຄຳແປ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{0} [English]</source>
        <translation>{0} [ອັງກິດ]</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Burmese</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ຂະແມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>ກະຫຼ່ຽງ</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ໄທໃຫຍ່</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ມອນ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ອັງກິດ</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Could not read this: %1</source>
        <translation>ອ່ານຂໍ້ມູນນີ້ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
</context>
<context>
    <name>LocalDateEdit</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ຫຼື %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes only %2.</source>
        <translation>“%1” ບໍ່ໄດ້ບັນທຶກ: ຊ່ອງນີ້ຮັບສະເພາະວັນທີ %2.</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 on.</source>
        <translation>“%1” ບໍ່ໄດ້ບັນທຶກ: ຊ່ອງນີ້ຮັບວັນທີແຕ່ %2 ເປັນຕົ້ນໄປ.</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates up to %2.</source>
        <translation>“%1” ບໍ່ໄດ້ບັນທຶກ: ຊ່ອງນີ້ຮັບວັນທີບໍ່ເກີນ %2.</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 to %3.</source>
        <translation>“%1” ບໍ່ໄດ້ບັນທຶກ: ຊ່ອງນີ້ຮັບວັນທີແຕ່ %2 ເຖິງ %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date, so it was not saved. Write dates like %2.</source>
        <translation>“%1” ບໍ່ແມ່ນວັນທີ ຈຶ່ງບໍ່ໄດ້ບັນທຶກ. ພິມວັນທີເຊັ່ນ: %2.</translation>
    </message>
    <message>
        <source>Not a date yet, so not saved. Write it like %1.</source>
        <translation>ຍັງບໍ່ແມ່ນວັນທີ ຈຶ່ງຍັງບໍ່ໄດ້ບັນທຶກ. ພິມເຊັ່ນ: %1.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked. Enter the passphrase of %1 to continue.</source>
        <translation>ລັອກແລ້ວ. ກະລຸນາໃສ່ລະຫັດຜ່ານຂອງ %1 ເພື່ອສືບຕໍ່.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation>
            <numerusform>ໃສ່ລະຫັດຜ່ານຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ %n ວິນາທີ.</numerusform>
            <numerusform>ໃສ່ລະຫັດຜ່ານຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ %n ວິນາທີ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field Inspector — %1</source>
        <translation>Field Inspector — %1</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>ການກວດກາ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ພາກສ່ວນ</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (F1)</source>
        <translation>ຄູ່ມືຜູ້ປະສານງານ (F1)</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook</source>
        <translation>ຄູ່ມືຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>ມີ %Ln ລາຍການປ່ຽນແປງລໍຖ້າຊິ້ງ</numerusform>
            <numerusform>ມີ %Ln ລາຍການປ່ຽນແປງລໍຖ້າຊິ້ງ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (USB)</source>
        <translation>ຊິ້ງຫຼ້າສຸດ: %1 (USB)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ຊິ້ງຫຼ້າສຸດ: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ຍັງບໍ່ເຄີຍຊິ້ງ</translation>
    </message>
    <message>
        <source>Access revoked by HQ</source>
        <translation>ສຳນັກງານໃຫຍ່ຖອນສິດເຂົ້າໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິ້ງ…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ອອນລາຍ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ອອບລາຍ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <source>The handbook cannot be opened: its data on this laptop is damaged. Reinstall the app or ask HQ for help, and give them this detail: %1</source>
        <translation>ບໍ່ສາມາດເປີດຄູ່ມືໄດ້: ຂໍ້ມູນຂອງມັນໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ເສຍຫາຍ. ກະລຸນາຕິດຕັ້ງແອັບໃໝ່ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອຈາກສຳນັກງານໃຫຍ່ ແລະ ແຈ້ງລາຍລະອຽດນີ້: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost: everything saved before is intact, and your text is still in the form.</source>
        <translation>ດິສເຕັມແລ້ວ: ກະລຸນາລຶບໄຟລ໌ທີ່ບໍ່ໃຊ້ໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່ອີກຄັ້ງ. ບໍ່ມີຫຍັງເສຍໄປ: ທຸກຢ່າງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງຢູ່ຄົບ ແລະ ຂໍ້ຄວາມຂອງທ່ານຍັງຢູ່ໃນແບບຟອມ.</translation>
    </message>
    <message>
        <source>Could not save ({0}). Your text is still in the form; try again. Details are in the error log.</source>
        <translation>ບັນທຶກບໍ່ໄດ້ ({0}). ຂໍ້ຄວາມຂອງທ່ານຍັງຢູ່ໃນແບບຟອມ; ກະລຸນາລອງໃໝ່. ລາຍລະອຽດຢູ່ໃນບັນທຶກຂໍ້ຜິດພາດ.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>Myanmar</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <source>New inspection</source>
        <translation>ການກວດກາໃໝ່</translation>
    </message>
    <message>
        <source>Create &amp;inspection</source>
        <translation>ສ້າງການກວດກາ(&amp;I)</translation>
    </message>
</context>
<context>
    <name>OpenFindingsModel</name>
    <message>
        <source>Deadline</source>
        <translation>ກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ກາຍກຳນົດບໍ?</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ລະດັບຄວາມຮ້າຍແຮງ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ການລົງກວດ</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ຜົນການກວດຕິດຕາມຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ບໍ່ມີກຳນົດເວລາ</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Visit type</source>
        <translation>ປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ຜູ້ຍິງ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ອາຍຸຕ່ຳກວ່າ 18 ປີ</translation>
    </message>
    <message>
        <source>From Myanmar</source>
        <translation>ມາຈາກມຽນມາ</translation>
    </message>
    <message>
        <source>From Cambodia</source>
        <translation>ມາຈາກກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>From Laos</source>
        <translation>ມາຈາກລາວ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ຄົນໄທ</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>ສັນຊາດອື່ນ</translation>
    </message>
    <message>
        <source>Complaint source</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຄຳຮ້ອງທຸກ</translation>
    </message>
    <message>
        <source>Who or what raised the complaint. Printed only in the confidential full report, never in the employer&apos;s notice.</source>
        <translation>ຜູ້ໃດ ຫຼື ສິ່ງໃດເປັນທີ່ມາຂອງຄຳຮ້ອງທຸກ. ພິມສະເພາະໃນບົດລາຍງານສະບັບເຕັມ (ລັບ) ເທົ່ານັ້ນ, ບໍ່ມີໃນໜັງສືແຈ້ງນາຍຈ້າງເດັດຂາດ.</translation>
    </message>
    <message>
        <source>The visit follows a complaint whose source must stay confidential</source>
        <translation>ການລົງກວດຄັ້ງນີ້ມາຈາກຄຳຮ້ອງທຸກ ທີ່ຕ້ອງເກັບແຫຼ່ງທີ່ມາໄວ້ເປັນຄວາມລັບ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ການລົງກວດ</translation>
    </message>
    <message>
        <source>Workforce seen on the day</source>
        <translation>ຄົນງານທີ່ພົບໃນມື້ລົງກວດ</translation>
    </message>
</context>
<context>
    <name>PermitStatus</name>
    <message>
        <source>Valid</source>
        <translation>ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>ໝົດອາຍຸແລ້ວ</translation>
    </message>
    <message>
        <source>Pending renewal</source>
        <translation>ລໍຖ້າຕໍ່ອາຍຸ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ຖືກຖອນ</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>ບໍ່ມີໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation>ພິມ ຫຼື ເລືອກແຂວງ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>ເມືອງ(&amp;D)</translation>
    </message>
    <message>
        <source>Type or choose a district</source>
        <translation>ພິມ ຫຼື ເລືອກເມືອງ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ຕາແສງ</translation>
    </message>
    <message>
        <source>Type or choose a subdistrict</source>
        <translation>ພິມ ຫຼື ເລືອກຕາແສງ</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>ແຂວງ(&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bdistrict</source>
        <translation>ຕາແສງ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>user</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>language coordinator</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>ແບບລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>ຂໍ້ໃນລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>ການກວດກາ</translation>
    </message>
    <message>
        <source>checklist add-on of an inspection</source>
        <translation>ສ່ວນເສີມລາຍການກວດກາຂອງການກວດກາ</translation>
    </message>
    <message>
        <source>coordinator of an inspection</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາຂອງການກວດກາ</translation>
    </message>
    <message>
        <source>signed revision</source>
        <translation>ສະບັບທີ່ລົງລາຍເຊັນແລ້ວ</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>ຄຳຕອບໃນລາຍການກວດກາ</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>ການສຳພາດ</translation>
    </message>
    <message>
        <source>worker document</source>
        <translation>ເອກະສານຂອງລູກຈ້າງ</translation>
    </message>
    <message>
        <source>interpreter note</source>
        <translation>ບັນທຶກຂອງນາຍພາສາ</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>ການກວດສອບຜົນ</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>ລາຍເຊັນ</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation>ທີມງານຫຼາຍພາກສ່ວນ (MDT)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>ຕຳຫຼວດ</translation>
    </message>
    <message>
        <source>Employment Department</source>
        <translation>ກົມການຈັດຫາງານ</translation>
    </message>
    <message>
        <source>Social Security Office</source>
        <translation>ສຳນັກງານປະກັນສັງຄົມ</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Receiving body</source>
        <translation>ໜ່ວຍງານທີ່ຮັບເລື່ອງ</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>ວັນທີສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ເລກທີເລື່ອງ</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>ເຈົ້າໜ້າທີ່ຮັບເລື່ອງ</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>ໂທລະສັບເຈົ້າໜ້າທີ່</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>ບັນທຶກການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນການດຳເນີນການ</translation>
    </message>
    <message>
        <source>Workers concerned (codes)</source>
        <translation>ຄົນງານທີ່ກ່ຽວຂ້ອງ (ລະຫັດ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>ໝາຍວ່າສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>ໝາຍວ່າຮັບເລື່ອງແລ້ວ</translation>
    </message>
    <message>
        <source>Day of the step</source>
        <translation>ວັນທີຂອງຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Given by the receiving body</source>
        <translation>ຕາມທີ່ໜ່ວຍງານຮັບເລື່ອງໃຫ້ໄວ້</translation>
    </message>
    <message>
        <source>What the receiving body did, or why it went no further</source>
        <translation>ໜ່ວຍງານທີ່ຮັບເລື່ອງໄດ້ດຳເນີນການຫຍັງ ຫຼື ເປັນຫຍັງຈຶ່ງບໍ່ດຳເນີນຕໍ່</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>ພິມແບບຟອມສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Use the stored text</source>
        <translation>ໃຊ້ຂໍ້ຄວາມທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>This referral is no longer on this laptop.</source>
        <translation>ການສົ່ງຕໍ່ນີ້ບໍ່ມີຢູ່ໃນເຄື່ອງນີ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ຫວ່າງ)</translation>
    </message>
    <message>
        <source>%1 (now stored: %2)</source>
        <translation>%1 (ທີ່ບັນທຶກໄວ້ຕອນນີ້: %2)</translation>
    </message>
    <message>
        <source>Changed elsewhere (a sync or another window) while you were typing: %1. Your text is kept on screen and replaces it when you save.</source>
        <translation>ມີການປ່ຽນແປງຈາກບ່ອນອື່ນ (ການຊິງ ຫຼື ໜ້າຕ່າງອື່ນ) ໃນຂະນະທີ່ທ່ານພິມ: %1. ຂໍ້ຄວາມຂອງທ່ານຍັງຢູ່ໜ້າຈໍ ແລະ ຈະແທນທີ່ຄ່ານັ້ນເມື່ອທ່ານບັນທຶກ.</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>ປິດເລື່ອງການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>ການສົ່ງຕໍ່ໄປ %1</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(ບໍ່ມີຂໍ້ຄົ້ນພົບ)</translation>
    </message>
    <message>
        <source>%1 · %2, visit of %3 · %4</source>
        <translation>%1 · %2 ກວດເມື່ອ %3 · %4</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>ວາງແຜນ %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>ສົ່ງ %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>ຮັບເລື່ອງ %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ປິດເລື່ອງ %1</translation>
    </message>
    <message>
        <source>sent (day not recorded)</source>
        <translation>ສົ່ງແລ້ວ (ບໍ່ໄດ້ບັນທຶກວັນທີ)</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>ຕອນນີ້: %1 (%2)</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>ປິດເລື່ອງໂດຍບໍ່ສົ່ງ</translation>
    </message>
    <message>
        <source>This referral is closed. A new referral to another body starts from the finding.</source>
        <translation>ການສົ່ງຕໍ່ນີ້ປິດເລື່ອງແລ້ວ. ການສົ່ງຕໍ່ໃໝ່ໄປໜ່ວຍງານອື່ນເລີ່ມຈາກຂໍ້ຄົ້ນພົບ.</translation>
    </message>
    <message>
        <source>Fixed once the referral is sent: to refer to another body, choose it on the finding and a new referral is made.</source>
        <translation>ປ່ຽນບໍ່ໄດ້ເມື່ອສົ່ງແລ້ວ: ຖ້າຈະສົ່ງຕໍ່ໄປໜ່ວຍງານອື່ນ ໃຫ້ເລືອກຢູ່ຂໍ້ຄົ້ນພົບ ແລ້ວຈະມີການສ້າງການສົ່ງຕໍ່ໃໝ່.</translation>
    </message>
    <message>
        <source>%1 (reported an indicator)</source>
        <translation>%1 (ແຈ້ງຕົວຊີ້ວັດ)</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>ບໍ່ເກີນ %1 ຕົວອັກສອນ (ຕອນນີ້ %2).</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is stored.</source>
        <translation>ບໍ່ມີຫຍັງຕ້ອງບັນທຶກ: ແບບຟອມສະແດງຂໍ້ມູນທີ່ບັນທຶກໄວ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Write the outcome before closing: what the receiving body did, or why the referral went no further.</source>
        <translation>ຂຽນຜົນການດຳເນີນການກ່ອນປິດເລື່ອງ: ໜ່ວຍງານທີ່ຮັບເລື່ອງໄດ້ດຳເນີນການຫຍັງ ຫຼື ເປັນຫຍັງການສົ່ງຕໍ່ຈຶ່ງບໍ່ດຳເນີນຕໍ່.</translation>
    </message>
    <message>
        <source>Choose a day from %1 to today.</source>
        <translation>ເລືອກວັນທີແຕ່ %1 ເຖິງມື້ນີ້.</translation>
    </message>
</context>
<context>
    <name>ReferralErrors</name>
    <message>
        <source>The referral&apos;s {field} must be text.</source>
        <translation>{field}ຂອງການສົ່ງຕໍ່ຕ້ອງເປັນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>The referral&apos;s {field} may hold at most {limit} characters.</source>
        <translation>{field}ຂອງການສົ່ງຕໍ່ຍາວໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>A referral needs its receiving body: {bodies}.</source>
        <translation>ການສົ່ງຕໍ່ຕ້ອງລະບຸໜ່ວຍງານຜູ້ຮັບ: {bodies}.</translation>
    </message>
    <message>
        <source>A referral needs the date it was decided.</source>
        <translation>ການສົ່ງຕໍ່ຕ້ອງມີວັນທີຕັດສິນໃຈສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>{worker} is not a worker interviewed in this inspection; a referral names only the coded workers of its own inspection.</source>
        <translation>{worker} ບໍ່ແມ່ນລູກຈ້າງທີ່ໄດ້ສຳພາດໃນການກວດການີ້; ການສົ່ງຕໍ່ລະບຸໄດ້ສະເພາະລູກຈ້າງ (ຕາມລະຫັດ) ຂອງການກວດກາດຽວກັນເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>The referral date ({referral_date}) is before the visit ({visit_date}).</source>
        <translation>ວັນທີສົ່ງຕໍ່ ({referral_date}) ຢູ່ກ່ອນວັນທີລົງກວດ ({visit_date}).</translation>
    </message>
    <message>
        <source>This referral was already {status}; its receiving body stays {body}. Record a new referral for another body.</source>
        <translation>ການສົ່ງຕໍ່ນີ້ຢູ່ໃນສະຖານະ {status} ແລ້ວ; ໜ່ວຍງານຜູ້ຮັບຍັງຄົງເປັນ {body}. ກະລຸນາບັນທຶກການສົ່ງຕໍ່ໃໝ່ສຳລັບໜ່ວຍງານອື່ນ.</translation>
    </message>
    <message>
        <source>nothing: it is closed</source>
        <translation>ບໍ່ມີແລ້ວ: ມັນປິດແລ້ວ</translation>
    </message>
    <message>
        <source>This referral is {status}; it can become {allowed}, not {target}.</source>
        <translation>ການສົ່ງຕໍ່ນີ້ຢູ່ໃນສະຖານະ {status}; ປ່ຽນເປັນ {allowed} ໄດ້, ແຕ່ປ່ຽນເປັນ {target} ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>A referral cannot become {status} on {day}, before its earlier step ({earlier}).</source>
        <translation>ການສົ່ງຕໍ່ບໍ່ສາມາດເປັນ {status} ໃນວັນທີ {day} ເຊິ່ງຢູ່ກ່ອນຂັ້ນຕອນກ່ອນໜ້າ ({earlier}).</translation>
    </message>
    <message>
        <source>{day} is in the future; record the step on the day it happens.</source>
        <translation>{day} ຍັງບໍ່ເຖິງ; ກະລຸນາບັນທຶກຂັ້ນຕອນໃນວັນທີ່ມັນເກີດຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Closing a referral needs its outcome (what the receiving body did, or why it went no further).</source>
        <translation>ການປິດການສົ່ງຕໍ່ຕ້ອງລະບຸຜົນໄດ້ຮັບ (ໜ່ວຍງານຜູ້ຮັບໄດ້ເຮັດຫຍັງ ຫຼື ເປັນຫຍັງຈຶ່ງບໍ່ດຳເນີນການຕໍ່).</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Planned</source>
        <translation>ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ຮັບເລື່ອງແລ້ວ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ປິດເລື່ອງແລ້ວ</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>ຮັບເລື່ອງແລ້ວ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>ໜ່ວຍງານທີ່ຮັບເລື່ອງ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ເລກທີເລື່ອງ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນການດຳເນີນການ</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>ການກວດກາ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ຄົນງານ</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Show</source>
        <translation>ສະແດງ</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>ການສົ່ງຕໍ່ທັງໝົດ</translation>
    </message>
    <message>
        <source>Open (planned, sent, accepted)</source>
        <translation>ຍັງບໍ່ປິດ (ວາງແຜນ, ສົ່ງແລ້ວ, ຮັບເລື່ອງແລ້ວ)</translation>
    </message>
    <message>
        <source>Show referrals by status</source>
        <translation>ສະແດງການສົ່ງຕໍ່ຕາມສະຖານະ</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>ເປີດ…</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translation>ເປີດການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>ພິມແບບຟອມສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>ເປີດການກວດກາ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>ການສົ່ງຕໍ່ %Ln ລາຍການ</numerusform>
            <numerusform>ການສົ່ງຕໍ່ %Ln ລາຍການ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedModel</name>
    <message>
        <source>Checklist item</source>
        <translation>ຂໍ້ໃນລາຍການກວດ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Most serious</source>
        <translation>ຮ້າຍແຮງທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>ຖືກລະບຸ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>ການລົງກວດ</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n ຄັ້ງ</numerusform>
            <numerusform>%n ຄັ້ງ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>ສ້າງລາຍງານ</translation>
    </message>
    <message>
        <source>Full inspection report (confidential)</source>
        <translation>ລາຍງານການກວດກາສະບັບເຕັມ (ຄວາມລັບ)</translation>
    </message>
    <message>
        <source>Notice to the employer</source>
        <translation>ໜັງສືແຈ້ງນາຍຈ້າງ</translation>
    </message>
    <message>
        <source>Information sheet for workers</source>
        <translation>ເອກະສານຂໍ້ມູນສຳລັບຄົນງານ</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <source>A summary needs a province (DOPA code or name).</source>
        <translation>ບົດສະຫຼຸບຕ້ອງລະບຸແຂວງ (ລະຫັດ DOPA ຫຼື ຊື່).</translation>
    </message>
    <message>
        <source>A summary needs a period: a start and an end date.</source>
        <translation>ບົດສະຫຼຸບຕ້ອງມີໄລຍະເວລາ: ວັນເລີ່ມ ແລະ ວັນສິ້ນສຸດ.</translation>
    </message>
    <message>
        <source>No inspection with id or reference {key} in this data store.</source>
        <translation>ບໍ່ພົບການກວດກາທີ່ມີລະຫັດ ຫຼື ເລກທີ {key} ໃນບ່ອນເກັບຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}. Its referrals: {referrals}.</source>
        <translation>ການກວດກາ {reference} ບໍ່ມີການສົ່ງຕໍ່ {id}. ການສົ່ງຕໍ່ທີ່ມີ: {referrals}.</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}.</source>
        <translation>ການກວດກາ {reference} ບໍ່ມີການສົ່ງຕໍ່ {id}.</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral: give a finding a referral target (or record a referral) first.</source>
        <translation>ການກວດກາ {reference} ຍັງບໍ່ມີການສົ່ງຕໍ່: ກະລຸນາລະບຸໜ່ວຍງານທີ່ສົ່ງຕໍ່ໃຫ້ຂໍ້ຄົ້ນພົບ (ຫຼື ບັນທຶກການສົ່ງຕໍ່) ກ່ອນ.</translation>
    </message>
    <message>
        <source>Inspection {reference} has {count} referrals; choose one with --referral: {referrals}.</source>
        <translation>ການກວດກາ {reference} ມີການສົ່ງຕໍ່ {count} ລາຍການ; ກະລຸນາເລືອກໜຶ່ງລາຍການດ້ວຍ --referral: {referrals}.</translation>
    </message>
    <message>
        <source>Unknown district {query} in province {province}: give its DOPA code or its name.</source>
        <translation>ບໍ່ຮູ້ຈັກເມືອງ {query} ໃນແຂວງ {province}: ກະລຸນາລະບຸລະຫັດ DOPA ຫຼື ຊື່.</translation>
    </message>
    <message>
        <source>Unknown {level} {query}: give its DOPA code or its name.</source>
        <translation>ບໍ່ຮູ້ຈັກ{level} {query}: ກະລຸນາລະບຸລະຫັດ DOPA ຫຼື ຊື່.</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>ໄລຍະເວລາເລີ່ມ ({start}) ຫຼັງວັນສິ້ນສຸດ ({end}).</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview: {0}</source>
        <translation>ເບິ່ງລາຍງານກ່ອນ: {0}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>ເບິ່ງລາຍງານກ່ອນ</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>ໜ້າລາຍງານ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ຫຍໍ້ອອກ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍເຂົ້າ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>ໃຫ້ພໍດີກັບຄວາມກວ້າງຂອງໜ້າ</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>ໜ້າປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>ພິມລາຍງານ</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ບັນທຶກເປັນ…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>ບັນທຶກລາຍງານເປັນໄຟລ໌ PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>ປິດການເບິ່ງກ່ອນ</translation>
    </message>
    <message>
        <source>The report could not be shown; you can still save it.</source>
        <translation>ບໍ່ສາມາດສະແດງລາຍງານໄດ້; ທ່ານຍັງສາມາດບັນທຶກມັນໄດ້.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>ໜ້າ {0} ຈາກ {1}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>ພິມລາຍງານ</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>ບໍ່ສາມາດເປີດເຄື່ອງພິມໄດ້. ກະລຸນາກວດເບິ່ງວ່າເຊື່ອມຕໍ່ແລ້ວ ແລະ ລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ບັນທຶກລາຍງານ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>ບໍ່ສາມາດບັນທຶກລາຍງານໄປທີ່ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Making the report…</source>
        <translation>ກຳລັງສ້າງລາຍງານ…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>General</source>
        <translation>ທົ່ວໄປ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ການກໍ່ສ້າງ</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>ໂຮງງານ</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>ການປະມົງ</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>ກະສິກຳ</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>ວຽກຮັບໃຊ້ໃນບ້ານ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>Language and documents</source>
        <translation>ພາສາ ແລະ ເອກະສານ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>ຄວາມປອດໄພ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>ການຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ພາສາ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>ລັອກຫຼັງຈາກບໍ່ໄດ້ໃຊ້(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>ລະຫັດຜ່ານປັດຈຸບັນ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ລະຫັດຜ່ານໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>ໃສ່ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ(&amp;R)</translation>
    </message>
    <message>
        <source>Longest &amp;side</source>
        <translation>ດ້ານຍາວທີ່ສຸດ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;HQ address</source>
        <translation>ທີ່ຢູ່ສຳນັກງານໃຫຍ່(&amp;H)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>ພາສາຂອງແອັບ</translation>
    </message>
    <message>
        <source>Use &amp;Thai digits (๑๒๓) in formal documents</source>
        <translation>ໃຊ້ເລກໄທ (๑๒๓) ໃນເອກະສານທາງການ(&amp;T)</translation>
    </message>
    <message>
        <source>Thai digits in formal documents</source>
        <translation>ເລກໄທໃນເອກະສານທາງການ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ລັອກຫຼັງຈາກບໍ່ໄດ້ໃຊ້ຕາມຈຳນວນນາທີນີ້</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>ລະຫັດຜ່ານປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>ໃສ່ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>ປ່ຽນລະຫັດຜ່ານ(&amp;C)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>ປ່ຽນລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ພິກເຊວ</translation>
    </message>
    <message>
        <source>Longest side of stored photos, in pixels</source>
        <translation>ດ້ານຍາວທີ່ສຸດຂອງຮູບທີ່ເກັບໄວ້, ເປັນພິກເຊວ</translation>
    </message>
    <message>
        <source>&amp;Keep the original photo beside the reduced copy</source>
        <translation>ເກັບຮູບຕົ້ນສະບັບໄວ້ຄູ່ກັບສຳເນົາທີ່ຫຍໍ້ແລ້ວ(&amp;K)</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>ເກັບຮູບຕົ້ນສະບັບ</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ທີ່ຢູ່ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Enter the HQ address as https://… (or http://… on a test network).</source>
        <translation>ກະລຸນາໃສ່ທີ່ຢູ່ສຳນັກງານໃຫຍ່ເປັນ https://… (ຫຼື http://… ໃນເຄືອຂ່າຍທົດສອບ).</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>ກະລຸນາພິມລະຫັດຜ່ານປັດຈຸບັນຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation>ກະລຸນາພິມລະຫັດຜ່ານໃໝ່.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the new one again.</source>
        <translation>ລະຫັດຜ່ານໃໝ່ທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>ລະຫັດຜ່ານໃໝ່ຄືກັນກັບລະຫັດຜ່ານປັດຈຸບັນ.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>ກຳລັງປ່ຽນລະຫັດຜ່ານ…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one the next time you unlock.</source>
        <translation>ປ່ຽນລະຫັດຜ່ານແລ້ວ. ໃຫ້ໃຊ້ລະຫັດຜ່ານໃໝ່ໃນຄັ້ງຕໍ່ໄປທີ່ປົດລັອກ.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>S1 — possible forced labour, trafficking or child labour: protect and refer</source>
        <translation>S1 — ອາດເປັນແຮງງານບັງຄັບ, ການຄ້າມະນຸດ ຫຼື ແຮງງານເດັກ: ປົກປ້ອງ ແລະ ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>S2 — serious violation: order and prosecution or fine</source>
        <translation>S2 — ການລະເມີດຮ້າຍແຮງ: ອອກຄຳສັ່ງ ແລະ ດຳເນີນຄະດີ ຫຼື ປັບໃໝ</translation>
    </message>
    <message>
        <source>S3 — order to comply by a deadline</source>
        <translation>S3 — ສັ່ງໃຫ້ປະຕິບັດຕາມກົດໝາຍພາຍໃນກຳນົດເວລາ</translation>
    </message>
    <message>
        <source>S4 — advice</source>
        <translation>S4 — ຄຳແນະນຳ</translation>
    </message>
</context>
<context>
    <name>SignoffTab</name>
    <message>
        <source>Mark completed</source>
        <translation>ໝາຍວ່າສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Reopen for edits</source>
        <translation>ເປີດຄືນເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>ພະນັກງານກວດກາ</translation>
    </message>
    <message>
        <source>Employer representative</source>
        <translation>ຜູ້ຕາງໜ້ານາຍຈ້າງ</translation>
    </message>
    <message>
        <source>Language coordinator</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>ຊື່ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: ຊື່</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1: ລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Status: %1 (revision %2)</source>
        <translation>ສະຖານະ: %1 (ສະບັບແກ້ໄຂທີ %2)</translation>
    </message>
    <message>
        <source>Signatures can be added once the inspection is completed. Press “%1” first.</source>
        <translation>ລົງລາຍເຊັນໄດ້ເມື່ອການກວດກາສຳເລັດແລ້ວ. ກົດ “%1” ກ່ອນ.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>ລົງລາຍເຊັນໂດຍ %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>ບໍ່ໄດ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>ກະລຸນາແຕ້ມລາຍເຊັນກ່ອນ.</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>ກະລຸນາພິມຊື່ຜູ້ລົງລາຍເຊັນ.</translation>
    </message>
</context>
<context>
    <name>SocialSecurity</name>
    <message>
        <source>Registered</source>
        <translation>ຂຶ້ນທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>ຍັງບໍ່ໄດ້ຂຶ້ນທະບຽນ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>ສະບັບຮ່າງ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ລົງລາຍເຊັນແລ້ວ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>ອະນຸມັດແລ້ວ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ສົ່ງຄືນແລ້ວ</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>{path} cannot be opened with this key: the passphrase does not match this database, or the file is damaged.</source>
        <translation>ບໍ່ສາມາດເປີດ {path} ດ້ວຍກະແຈນີ້: ລະຫັດຜ່ານບໍ່ກົງກັບຖານຂໍ້ມູນນີ້ ຫຼື ໄຟລ໌ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>ບໍ່ສາມາດເປີດ {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for user {user}.</source>
        <translation>ລະຫັດຜ່ານຂອງຜູ້ໃຊ້ {user} ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>{path}: unsupported key slot format {format}.</source>
        <translation>{path}: ບໍ່ຮອງຮັບຮູບແບບຊ່ອງກະແຈ {format}.</translation>
    </message>
    <message>
        <source>No data store in {folder} (run &apos;inspector-app init&apos; first).</source>
        <translation>ບໍ່ມີບ່ອນເກັບຂໍ້ມູນໃນ {folder} (ກະລຸນາແລ່ນ &apos;inspector-app init&apos; ກ່ອນ).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} ເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້ ({reason}).</translation>
    </message>
    <message>
        <source>writing the key slots {path}</source>
        <translation>ການຂຽນຊ່ອງກະແຈ {path}</translation>
    </message>
    <message>
        <source>No local user {user} on this laptop.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ {user} ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>User {user} already has a key slot.</source>
        <translation>ຜູ້ໃຊ້ {user} ມີຊ່ອງກະແຈແລ້ວ.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>copying the database aside before an upgrade; nothing was migrated</source>
        <translation>ການສຳຮອງຖານຂໍ້ມູນກ່ອນອັບເກຣດ; ບໍ່ມີຫຍັງຖືກຍ້າຍ</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before an upgrade ({reason}); nothing was migrated.</source>
        <translation>ບໍ່ສາມາດສຳຮອງຖານຂໍ້ມູນກ່ອນອັບເກຣດ ({reason}); ບໍ່ມີຫຍັງຖືກຍ້າຍ.</translation>
    </message>
    <message>
        <source>The safety copy of the database failed its check ({result}); nothing was migrated.</source>
        <translation>ສຳເນົາສຳຮອງຂອງຖານຂໍ້ມູນບໍ່ຜ່ານການກວດສອບ ({result}); ບໍ່ມີຫຍັງຖືກຍ້າຍ.</translation>
    </message>
    <message>
        <source>Migration would leave {count} broken references (first in table {table}); the database was left unchanged.</source>
        <translation>ການຍ້າຍຂໍ້ມູນຈະເຮັດໃຫ້ມີການອ້າງອີງເສຍ {count} ລາຍການ (ລາຍການທຳອິດໃນຕາຕະລາງ {table}); ຖານຂໍ້ມູນບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Migration failed the integrity check ({result}); database unchanged.</source>
        <translation>ການຍ້າຍຂໍ້ມູນບໍ່ຜ່ານການກວດສອບຄວາມຖືກຕ້ອງ ({result}); ຖານຂໍ້ມູນບໍ່ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>ບໍ່ຮູ້ຈັກບົດບາດ {role}; ກະລຸນາໃຊ້ໜຶ່ງໃນ {roles}.</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>ມີຜູ້ໃຊ້ {user} ແລ້ວ.</translation>
    </message>
    <message>
        <source>{folder} already holds a data store.</source>
        <translation>{folder} ມີບ່ອນເກັບຂໍ້ມູນຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Data dir {folder} does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີຂໍ້ມູນ {folder}.</translation>
    </message>
    <message>
        <source>{folder} holds no data store (run &apos;inspector-app init&apos; first).</source>
        <translation>{folder} ບໍ່ມີບ່ອນເກັບຂໍ້ມູນ (ກະລຸນາແລ່ນ &apos;inspector-app init&apos; ກ່ອນ).</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}.</source>
        <translation>ບໍ່ມີໄຟລ໌ຖານຂໍ້ມູນໃນ {folder}.</translation>
    </message>
    <message>
        <source>Cannot make {folder} private to you ({reason}); check who owns it.</source>
        <translation>ບໍ່ສາມາດຕັ້ງ {folder} ໃຫ້ເປັນຂອງທ່ານຜູ້ດຽວໄດ້ ({reason}); ກະລຸນາກວດເບິ່ງວ່າໃຜເປັນເຈົ້າຂອງ.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Field Inspector database; it was not changed. Restore it from {backups} or from HQ.</source>
        <translation>{path} ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນ Field Inspector; ມັນບໍ່ຖືກປ່ຽນແປງ. ກະລຸນາກູ້ຄືນຈາກ {backups} ຫຼື ຈາກສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Field Inspector (schema {schema}). It is open read-only: update the app to make changes.</source>
        <translation>ຂໍ້ມູນນີ້ຂຽນໂດຍ Field Inspector ລຸ້ນໃໝ່ກວ່າ (ໂຄງສ້າງຂໍ້ມູນ {schema}). ມັນເປີດແບບອ່ານຢ່າງດຽວ: ກະລຸນາອັບເດດແອັບເພື່ອແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>{path} has no local device record; the data store is incomplete.</source>
        <translation>{path} ບໍ່ມີຂໍ້ມູນຂອງເຄື່ອງນີ້; ບ່ອນເກັບຂໍ້ມູນບໍ່ຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <source>A user name needs 1–64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ຊື່ຜູ້ໃຊ້ຕ້ອງມີ 1–64 ຕົວ ເປັນຕົວອັກສອນ, ຕົວເລກ, &apos;.&apos;, &apos;-&apos; ຫຼື &apos;_&apos;.</translation>
    </message>
    <message>
        <source>storing an attachment file</source>
        <translation>ການເກັບໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged.</source>
        <translation>ໄຟລ໌ແນບ {name} ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged or was replaced.</source>
        <translation>ໄຟລ໌ແນບ {name} ເສຍຫາຍ ຫຼື ຖືກແທນທີ່.</translation>
    </message>
    <message>
        <source>Attachment {name}… is missing from this laptop.</source>
        <translation>ບໍ່ມີໄຟລ໌ແນບ {name}… ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>Attachment file {name} does not match its hash.</source>
        <translation>ໄຟລ໌ແນບ {name} ບໍ່ກົງກັບຄ່າແຮຊຂອງມັນ.</translation>
    </message>
    <message>
        <source>This data store is open read-only.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ເປີດແບບອ່ານຢ່າງດຽວ.</translation>
    </message>
    <message>
        <source>This data store has no local device record; it is damaged.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ບໍ່ມີຂໍ້ມູນຂອງເຄື່ອງນີ້; ມັນເສຍຫາຍ.</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>ລາຍງານສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>ສ້າງລາຍງານ</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>ທັງແຂວງ</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>ວັນທີສິ້ນສຸດຢູ່ກ່ອນວັນທີເລີ່ມຕົ້ນ.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Sync stopped by an unexpected error ({name}).</source>
        <translation>ການຊິ້ງຢຸດເພາະຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ ({name}).</translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({name}); nothing was lost.</source>
        <translation>ຢຸດເພາະຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ ({name}); ບໍ່ມີຫຍັງເສຍໄປ.</translation>
    </message>
    <message>
        <source>HQ at {url} did not answer in time ({reason}).</source>
        <translation>ສຳນັກງານໃຫຍ່ທີ່ {url} ບໍ່ຕອບທັນເວລາ ({reason}).</translation>
    </message>
    <message>
        <source>Cannot reach HQ at {url} ({reason}).</source>
        <translation>ບໍ່ສາມາດຕິດຕໍ່ສຳນັກງານໃຫຍ່ທີ່ {url} ({reason}).</translation>
    </message>
    <message>
        <source>HQ at {url} sent an answer this app does not understand ({request}); is it a Field Inspector HQ of a compatible version?</source>
        <translation>ສຳນັກງານໃຫຍ່ທີ່ {url} ສົ່ງຄຳຕອບທີ່ແອັບນີ້ບໍ່ເຂົ້າໃຈ ({request}); ມັນເປັນສຳນັກງານໃຫຍ່ Field Inspector ລຸ້ນທີ່ເຂົ້າກັນໄດ້ບໍ?</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP {status}); will try again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຫວ່າງ ຫຼື ຂັດຂ້ອງ (HTTP {status}); ຈະລອງໃໝ່.</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired; ask HQ for a new one.</source>
        <translation>ລະຫັດລົງທະບຽນນີ້ບໍ່ຖືກຕ້ອງ, ຖືກໃຊ້ແລ້ວ ຫຼື ໝົດອາຍຸ; ກະລຸນາຂໍລະຫັດໃໝ່ຈາກສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. The data on the laptop is safe; ask HQ to enrol it again.</source>
        <translation>ສຳນັກງານໃຫຍ່ໄດ້ຖອນສິດຂອງຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ແລ້ວ. ຂໍ້ມູນໃນເຄື່ອງຍັງປອດໄພ; ກະລຸນາຂໍໃຫ້ສຳນັກງານໃຫຍ່ລົງທະບຽນໃໝ່.</translation>
    </message>
    <message>
        <source>HQ does not know this laptop&apos;s token; enrol the laptop again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮູ້ຈັກໂທເຄນຂອງເຄື່ອງນີ້; ກະລຸນາລົງທະບຽນເຄື່ອງໃໝ່.</translation>
    </message>
    <message>
        <source>This request needs the laptop&apos;s device token.</source>
        <translation>ຄຳຂໍນີ້ຕ້ອງໃຊ້ໂທເຄນຂອງເຄື່ອງ.</translation>
    </message>
    <message>
        <source>This laptop is being enrolled at this moment; try again.</source>
        <translation>ເຄື່ອງນີ້ກຳລັງລົງທະບຽນຢູ່ໃນຂະນະນີ້; ກະລຸນາລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Another laptop is already enrolled with this device id; this data dir cannot take its place.</source>
        <translation>ມີເຄື່ອງອື່ນລົງທະບຽນດ້ວຍລະຫັດເຄື່ອງນີ້ແລ້ວ; ໂຟນເດີຂໍ້ມູນນີ້ແທນທີ່ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>HQ already knows a laptop with this device id. Enrolling it again needs that laptop&apos;s own signature over a challenge from HQ (this app version does it by itself; update the app). A new or wiped laptop has a new data dir and enrols as a new device.</source>
        <translation>ສຳນັກງານໃຫຍ່ຮູ້ຈັກເຄື່ອງທີ່ມີລະຫັດເຄື່ອງນີ້ແລ້ວ. ການລົງທະບຽນໃໝ່ຕ້ອງໃຊ້ລາຍເຊັນຂອງເຄື່ອງນັ້ນເອງຕໍ່ຄຳທ້າທາຍຈາກສຳນັກງານໃຫຍ່ (ແອັບລຸ້ນນີ້ເຮັດໃຫ້ເອງ; ກະລຸນາອັບເດດແອັບ). ເຄື່ອງໃໝ່ ຫຼື ເຄື່ອງທີ່ລ້າງຂໍ້ມູນແລ້ວມີໂຟນເດີຂໍ້ມູນໃໝ່ ແລະ ລົງທະບຽນເປັນເຄື່ອງໃໝ່.</translation>
    </message>
    <message>
        <source>HQ answered: {detail}</source>
        <translation>ສຳນັກງານໃຫຍ່ຕອບວ່າ: {detail}</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access, so it no longer syncs. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ສຳນັກງານໃຫຍ່ໄດ້ຖອນສິດຂອງເຄື່ອງນີ້ແລ້ວ ຈຶ່ງຊິ້ງບໍ່ໄດ້ອີກ. ທຸກຢ່າງໃນເຄື່ອງຍັງເກັບໄວ້; ກະລຸນາຂໍໃຫ້ສຳນັກງານໃຫຍ່ລົງທະບຽນໃໝ່.</translation>
    </message>
    <message>
        <source>{count} change sent</source>
        <translation>ສົ່ງ {count} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation>ສົ່ງ {count} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>{count} already at HQ</source>
        <translation>{count} ມີຢູ່ສຳນັກງານໃຫຍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>{count} conflict kept for review</source>
        <translation>{count} ຂໍ້ຂັດແຍ່ງເກັບໄວ້ກວດທານ</translation>
    </message>
    <message>
        <source>{count} conflicts kept for review</source>
        <translation>{count} ຂໍ້ຂັດແຍ່ງເກັບໄວ້ກວດທານ</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>ຖືກປະຕິເສດ {count}</translation>
    </message>
    <message>
        <source>{count} file uploaded</source>
        <translation>ອັບໂຫຼດ {count} ໄຟລ໌</translation>
    </message>
    <message>
        <source>{count} files uploaded</source>
        <translation>ອັບໂຫຼດ {count} ໄຟລ໌</translation>
    </message>
    <message>
        <source>{count} item received</source>
        <translation>ໄດ້ຮັບ {count} ລາຍການ</translation>
    </message>
    <message>
        <source>{count} items received</source>
        <translation>ໄດ້ຮັບ {count} ລາຍການ</translation>
    </message>
    <message>
        <source>{count} still to send</source>
        <translation>ຍັງຕ້ອງສົ່ງອີກ {count}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet: enrol it on the Sync page (or run &apos;inspector-app enrol --hq URL --code C&apos;) with a code from HQ.</source>
        <translation>ເຄື່ອງນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່: ກະລຸນາລົງທະບຽນຢູ່ໜ້າຊິ້ງ (ຫຼື ແລ່ນ &apos;inspector-app enrol --hq URL --code C&apos;) ດ້ວຍລະຫັດຈາກສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>No HQ address is known for this laptop; give one with --hq URL.</source>
        <translation>ບໍ່ຮູ້ທີ່ຢູ່ສຳນັກງານໃຫຍ່ຂອງເຄື່ອງນີ້; ກະລຸນາລະບຸດ້ວຍ --hq URL.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>ກຳລັງຊິ້ງຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Connecting to {url}</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່ກັບ {url}</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {theirs}; this app speaks {ours}. Update the app.</source>
        <translation>ສຳນັກງານໃຫຍ່ໃຊ້ໂປຣໂຕຄໍຊິ້ງ {theirs}; ແອັບນີ້ໃຊ້ {ours}. ກະລຸນາອັບເດດແອັບ.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>ຍົກເລີກການຊິ້ງແລ້ວ.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet.</source>
        <translation>ເຄື່ອງນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>Sending {count} change</source>
        <translation>ກຳລັງສົ່ງ {count} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Sending {count} changes</source>
        <translation>ກຳລັງສົ່ງ {count} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>{done} of {total} change sent</source>
        <translation>ສົ່ງແລ້ວ {done} ຈາກ {total} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>{done} of {total} changes sent</source>
        <translation>ສົ່ງແລ້ວ {done} ຈາກ {total} ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Uploading {count} file ({done} of {total} KB)</source>
        <translation>ກຳລັງອັບໂຫຼດ {count} ໄຟລ໌ ({done} ຈາກ {total} KB)</translation>
    </message>
    <message>
        <source>Uploading {count} files ({done} of {total} KB)</source>
        <translation>ກຳລັງອັບໂຫຼດ {count} ໄຟລ໌ ({done} ຈາກ {total} KB)</translation>
    </message>
    <message>
        <source>Receiving updates from HQ</source>
        <translation>ກຳລັງຮັບຂໍ້ມູນໃໝ່ຈາກສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>This data store has no device key; it is damaged.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ບໍ່ມີກະແຈຂອງເຄື່ອງ; ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>{url} is not an HQ address; give one like https://hq.example.go.th</source>
        <translation>{url} ບໍ່ແມ່ນທີ່ຢູ່ຂອງສຳນັກງານໃຫຍ່; ກະລຸນາລະບຸແບບ https://hq.example.go.th</translation>
    </message>
    <message>
        <source>{code} is not an enrolment code; HQ gives one like K7QM-2XWD-PN4R-HT9A.</source>
        <translation>{code} ບໍ່ແມ່ນລະຫັດລົງທະບຽນ; ສຳນັກງານໃຫຍ່ໃຫ້ລະຫັດແບບ K7QM-2XWD-PN4R-HT9A.</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} change with interview notes waits on this laptop (testimony never leaves it unsealed). It goes once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ກະແຈຫຼັກຖານ, ສະນັ້ນ {count} ການປ່ຽນແປງທີ່ມີບັນທຶກການສຳພາດຈຶ່ງລໍຖ້າຢູ່ໃນເຄື່ອງນີ້ (ຄຳໃຫ້ການບໍ່ເຄີຍອອກຈາກເຄື່ອງໂດຍບໍ່ຖືກຜະນຶກ). ພວກມັນຈະຖືກສົ່ງເມື່ອສຳນັກງານໃຫຍ່ແລ່ນ &apos;inspector-hq init-keys&apos; ແລະ ເຄື່ອງນີ້ຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} changes with interview notes wait on this laptop (testimony never leaves it unsealed). They go once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ກະແຈຫຼັກຖານ, ສະນັ້ນ {count} ການປ່ຽນແປງທີ່ມີບັນທຶກການສຳພາດຈຶ່ງລໍຖ້າຢູ່ໃນເຄື່ອງນີ້ (ຄຳໃຫ້ການບໍ່ເຄີຍອອກຈາກເຄື່ອງໂດຍບໍ່ຖືກຜະນຶກ). ພວກມັນຈະຖືກສົ່ງເມື່ອສຳນັກງານໃຫຍ່ແລ່ນ &apos;inspector-hq init-keys&apos; ແລະ ເຄື່ອງນີ້ຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} change with worker document numbers waits on this laptop (a number leaves it only sealed, beside its keyed hash). It goes once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ກະແຈເອກະສານ, ສະນັ້ນ {count} ການປ່ຽນແປງທີ່ມີເລກທີເອກະສານຂອງລູກຈ້າງຈຶ່ງລໍຖ້າຢູ່ໃນເຄື່ອງນີ້ (ເລກທີອອກຈາກເຄື່ອງສະເພາະເມື່ອຖືກຜະນຶກ ພ້ອມຄ່າແຮຊທີ່ໃຊ້ກະແຈ). ພວກມັນຈະຖືກສົ່ງເມື່ອເຄື່ອງນີ້ຊິ້ງກັບສຳນັກງານໃຫຍ່ທີ່ເຜີຍແຜ່ກະແຈ.</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} changes with worker document numbers wait on this laptop (a number leaves it only sealed, beside its keyed hash). They go once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ກະແຈເອກະສານ, ສະນັ້ນ {count} ການປ່ຽນແປງທີ່ມີເລກທີເອກະສານຂອງລູກຈ້າງຈຶ່ງລໍຖ້າຢູ່ໃນເຄື່ອງນີ້ (ເລກທີອອກຈາກເຄື່ອງສະເພາະເມື່ອຖືກຜະນຶກ ພ້ອມຄ່າແຮຊທີ່ໃຊ້ກະແຈ). ພວກມັນຈະຖືກສົ່ງເມື່ອເຄື່ອງນີ້ຊິ້ງກັບສຳນັກງານໃຫຍ່ທີ່ເຜີຍແຜ່ກະແຈ.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>ຊິ້ງດຽວນີ້</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງການຊິ້ງ</translation>
    </message>
    <message>
        <source>USB stick (when there is no network)</source>
        <translation>ແຟລັດໄດຣຟ໌ USB (ເມື່ອບໍ່ມີເຄືອຂ່າຍ)</translation>
    </message>
    <message>
        <source>Write the changes waiting here to a USB stick and take it to HQ; read HQ&apos;s reply from the stick when it comes back. Only HQ can read the bundle, and HQ checks that it comes from this laptop.</source>
        <translation>ຂຽນການປ່ຽນແປງທີ່ລໍຖ້າຢູ່ບ່ອນນີ້ລົງແຟລັດໄດຣຟ໌ USB ແລ້ວນຳໄປສຳນັກງານໃຫຍ່; ເມື່ອໄດ້ແຟລັດໄດຣຟ໌ຄືນມາ ໃຫ້ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ຈາກມັນ. ມີແຕ່ສຳນັກງານໃຫຍ່ທີ່ອ່ານໄຟລ໌ຊຸດຂໍ້ມູນໄດ້ ແລະ ສຳນັກງານໃຫຍ່ກວດວ່າມັນມາຈາກເຄື່ອງນີ້ແທ້.</translation>
    </message>
    <message>
        <source>Write changes to a USB stick…</source>
        <translation>ຂຽນການປ່ຽນແປງລົງແຟລັດໄດຣຟ໌ USB…</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply…</source>
        <translation>ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່…</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ກັບສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ທີ່ຢູ່ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ລະຫັດໃຊ້ຄັ້ງດຽວ</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Refused by HQ (kept on this laptop)</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບເອົາ (ເກັບໄວ້ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້)</translation>
    </message>
    <message>
        <source>Kept by HQ for a supervisor to compare</source>
        <translation>ສຳນັກງານໃຫຍ່ເກັບໄວ້ໃຫ້ຫົວໜ້າປຽບທຽບ</translation>
    </message>
    <message>
        <source>Changes refused by HQ</source>
        <translation>ການປ່ຽນແປງທີ່ສຳນັກງານໃຫຍ່ບໍ່ຮັບເອົາ</translation>
    </message>
    <message>
        <source>Changes in conflict</source>
        <translation>ການປ່ຽນແປງທີ່ຂັດແຍ່ງກັນ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>This laptop (%1) syncs with %2.</source>
        <translation>ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ (%1) ຊິ້ງກັບ %2.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Changes are kept safely here until it is.</source>
        <translation>ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່. ການປ່ຽນແປງຈະຖືກເກັບໄວ້ຢ່າງປອດໄພຢູ່ບ່ອນນີ້ ຈົນກວ່າຈະລົງທະບຽນ.</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ສຳນັກງານໃຫຍ່ໄດ້ຖອນສິດເຂົ້າໃຊ້ຂອງຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ແລ້ວ. ທຸກຢ່າງໃນຄອມພິວເຕີໂນດບຸກຍັງຖືກເກັບໄວ້; ກະລຸນາຂໍໃຫ້ສຳນັກງານໃຫຍ່ລົງທະບຽນເຄື່ອງນີ້ອີກຄັ້ງ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>ມີ %Ln ລາຍການປ່ຽນແປງລໍຖ້າຊິ້ງ</numerusform>
            <numerusform>ມີ %Ln ລາຍການປ່ຽນແປງລໍຖ້າຊິ້ງ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>ຊິ້ງສຳເລັດຫຼ້າສຸດ: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ຍັງບໍ່ເຄີຍຊິ້ງ</translation>
    </message>
    <message>
        <source>Last successful sync: by USB stick. HQ made the reply on %1; it was read here on %2.</source>
        <translation>ຊິ້ງສຳເລັດຫຼ້າສຸດ: ຜ່ານແຟລັດໄດຣຟ໌ USB. ສຳນັກງານໃຫຍ່ເຮັດໄຟລ໌ຕອບກັບເມື່ອ %1; ອ່ານຢູ່ເຄື່ອງນີ້ເມື່ອ %2.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>ບັນຫາຫຼ້າສຸດ: %1</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; what was not acknowledged is sent next time.</source>
        <translation>ຍົກເລີກການຊິ້ງແລ້ວ. ບໍ່ມີຫຍັງສູນຫາຍ; ສິ່ງທີ່ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ຢືນຢັນການຮັບ ຈະຖືກສົ່ງໃນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>ການຊິ້ງບໍ່ສຳເລັດ: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 of data.</source>
        <translation>ຊິ້ງສຳເລັດແລ້ວ: ສົ່ງ %1, ຮັບ %2, ຂໍ້ມູນ %3.</translation>
    </message>
    <message>
        <source>Writing the changes to %1…</source>
        <translation>ກຳລັງຂຽນການປ່ຽນແປງລົງ %1…</translation>
    </message>
    <message>
        <source>Reading HQ&apos;s reply %1…</source>
        <translation>ກຳລັງອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ %1…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>ບໍ່ໄດ້ຂຽນໄຟລ໌ຊຸດຂໍ້ມູນ: %1</translation>
    </message>
    <message>
        <source>HQ&apos;s reply was not read: %1</source>
        <translation>ບໍ່ໄດ້ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່: %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ&apos;s reply is read: %Ln changes acknowledged.</source>
        <translation>
            <numerusform>ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ແລ້ວ: ສຳນັກງານໃຫຍ່ຮັບການປ່ຽນແປງ %Ln ລາຍການແລ້ວ.</numerusform>
            <numerusform>ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ແລ້ວ: ສຳນັກງານໃຫຍ່ຮັບການປ່ຽນແປງ %Ln ລາຍການແລ້ວ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</source>
        <translation>
            <numerusform>ສຳນັກງານໃຫຍ່ບໍ່ຮັບ %Ln ລາຍການ: ເກັບໄວ້ໃນເຄື່ອງນີ້ ແລະ ສະແດງຢູ່ລຸ່ມນີ້ພ້ອມເຫດຜົນຂອງສຳນັກງານໃຫຍ່.</numerusform>
            <numerusform>ສຳນັກງານໃຫຍ່ບໍ່ຮັບ %Ln ລາຍການ: ເກັບໄວ້ໃນເຄື່ອງນີ້ ແລະ ສະແດງຢູ່ລຸ່ມນີ້ພ້ອມເຫດຜົນຂອງສຳນັກງານໃຫຍ່.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes kept by HQ for a supervisor to compare.</source>
        <translation>
            <numerusform>ສຳນັກງານໃຫຍ່ເກັບໄວ້ %Ln ລາຍການໃຫ້ຫົວໜ້າປຽບທຽບ.</numerusform>
            <numerusform>ສຳນັກງານໃຫຍ່ເກັບໄວ້ %Ln ລາຍການໃຫ້ຫົວໜ້າປຽບທຽບ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updates from HQ applied.</source>
        <translation>
            <numerusform>ນຳໃຊ້ການອັບເດດຈາກສຳນັກງານໃຫຍ່ແລ້ວ %Ln ລາຍການ.</numerusform>
            <numerusform>ນຳໃຊ້ການອັບເດດຈາກສຳນັກງານໃຫຍ່ແລ້ວ %Ln ລາຍການ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</source>
        <translation>
            <numerusform>ຂຽນການປ່ຽນແປງ %Ln ລາຍການລົງ %1 ແລ້ວ ໂດຍຜະນຶກໄວ້ໃຫ້ມີແຕ່ສຳນັກງານໃຫຍ່ອ່ານໄດ້. ພວກມັນຍັງລໍຖ້າຢູ່ບ່ອນນີ້ຈົນກວ່າຈະອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ (ຫຼື ການຊິ້ງຄັ້ງຕໍ່ໄປ).</numerusform>
            <numerusform>ຂຽນການປ່ຽນແປງ %Ln ລາຍການລົງ %1 ແລ້ວ ໂດຍຜະນຶກໄວ້ໃຫ້ມີແຕ່ສຳນັກງານໃຫຍ່ອ່ານໄດ້. ພວກມັນຍັງລໍຖ້າຢູ່ບ່ອນນີ້ຈົນກວ່າຈະອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ (ຫຼື ການຊິ້ງຄັ້ງຕໍ່ໄປ).</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was waiting. The bundle written to %1 asks HQ for its decisions; HQ&apos;s reply brings them.</source>
        <translation>ບໍ່ມີການປ່ຽນແປງລໍຖ້າ. ໄຟລ໌ຊຸດຂໍ້ມູນທີ່ຂຽນລົງ %1 ຂໍຜົນການພິຈາລະນາຈາກສຳນັກງານໃຫຍ່; ໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ຈະນຳມາ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos or documents went with them.</source>
        <translation>
            <numerusform>ພ້ອມຮູບຖ່າຍ ຫຼື ເອກະສານ %Ln ໄຟລ໌.</numerusform>
            <numerusform>ພ້ອມຮູບຖ່າຍ ຫຼື ເອກະສານ %Ln ໄຟລ໌.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</source>
        <translation>
            <numerusform>ບໍ່ພົບໄຟລ໌ %Ln ໄຟລ໌ໃນເຄື່ອງນີ້; ສຳນັກງານໃຫຍ່ຈະພັກການປ່ຽນແປງທີ່ຕ້ອງການພວກມັນໄວ້ຈົນກວ່າຈະມາຮອດ.</numerusform>
            <numerusform>ບໍ່ພົບໄຟລ໌ %Ln ໄຟລ໌ໃນເຄື່ອງນີ້; ສຳນັກງານໃຫຍ່ຈະພັກການປ່ຽນແປງທີ່ຕ້ອງການພວກມັນໄວ້ຈົນກວ່າຈະມາຮອດ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bundle: %1</source>
        <translation>ບໍ່ໄດ້ຢູ່ໃນໄຟລ໌ຊຸດຂໍ້ມູນ: %1</translation>
    </message>
    <message>
        <source>Write changes to a USB stick</source>
        <translation>ຂຽນການປ່ຽນແປງລົງແຟລັດໄດຣຟ໌ USB</translation>
    </message>
    <message>
        <source>Bundles for HQ (*.bundle)</source>
        <translation>ໄຟລ໌ຊຸດຂໍ້ມູນສຳລັບສຳນັກງານໃຫຍ່ (*.bundle)</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply</source>
        <translation>ອ່ານໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>HQ&apos;s replies (*.reply *.bundle)</source>
        <translation>ໄຟລ໌ຕອບກັບຂອງສຳນັກງານໃຫຍ່ (*.reply *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>ກຳລັງລົງທະບຽນ…</translation>
    </message>
    <message>
        <source>Enrolled. This laptop now syncs with HQ.</source>
        <translation>ລົງທະບຽນແລ້ວ. ຕອນນີ້ຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້ຊິ້ງກັບສຳນັກງານໃຫຍ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 %2… — %3</source>
        <translation>%1 %2… — %3</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>HQ cannot read this change ({problem}). Update the app on this laptop.</source>
        <translation>ສຳນັກງານໃຫຍ່ອ່ານການແກ້ໄຂນີ້ບໍ່ໄດ້ ({problem}). ກະລຸນາອັບເດດແອັບໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} holds an invisible NUL character (often pasted from another program). Correct that text and sync again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບັນທຶກການແກ້ໄຂນີ້ບໍ່ໄດ້: ຂໍ້ຄວາມໃນ {field} ມີຕົວອັກສອນ NUL ທີ່ເບິ່ງບໍ່ເຫັນ (ມັກຕິດມາຈາກການວາງຂໍ້ຄວາມຈາກໂປຣແກຣມອື່ນ). ກະລຸນາແກ້ຂໍ້ຄວາມນັ້ນແລ້ວຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} is not valid Unicode. Correct that text and sync again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບັນທຶກການແກ້ໄຂນີ້ບໍ່ໄດ້: ຂໍ້ຄວາມໃນ {field} ບໍ່ແມ່ນ Unicode ທີ່ຖືກຕ້ອງ. ກະລຸນາແກ້ຂໍ້ຄວາມນັ້ນແລ້ວຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ cannot read this change: the values in {field} are nested more than {limit} levels deep.</source>
        <translation>ສຳນັກງານໃຫຍ່ອ່ານການແກ້ໄຂນີ້ບໍ່ໄດ້: ຄ່າໃນ {field} ຊ້ອນກັນເລິກເກີນ {limit} ຊັ້ນ.</translation>
    </message>
    <message>
        <source>This change is too large for HQ ({size} bytes; at most {limit}). Photos and files travel separately; shorten the text and sync again.</source>
        <translation>ການແກ້ໄຂນີ້ໃຫຍ່ເກີນກວ່າທີ່ສຳນັກງານໃຫຍ່ຮັບໄດ້ ({size} ໄບ; ບໍ່ເກີນ {limit}). ຮູບພາບ ແລະ ໄຟລ໌ສົ່ງແຍກຕ່າງຫາກ; ກະລຸນາເຮັດໃຫ້ຂໍ້ຄວາມສັ້ນລົງແລ້ວຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ already holds a different change under this change&apos;s number. Was this laptop restored from an old backup? Ask HQ before going on.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີການແກ້ໄຂອື່ນພາຍໃຕ້ໝາຍເລກຂອງການແກ້ໄຂນີ້ແລ້ວ. ເຄື່ອງນີ້ຖືກກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງເກົ່າບໍ? ກະລຸນາຖາມສຳນັກງານໃຫຍ່ກ່ອນເຮັດວຽກຕໍ່.</translation>
    </message>
    <message>
        <source>This change was made on another laptop; a laptop may send only its own changes.</source>
        <translation>ການແກ້ໄຂນີ້ເຮັດຢູ່ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງອື່ນ; ແຕ່ລະເຄື່ອງສົ່ງໄດ້ສະເພາະການແກ້ໄຂຂອງຕົນເອງ.</translation>
    </message>
    <message>
        <source>HQ does not take records of this kind ({entity}) from laptops.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບຂໍ້ມູນປະເພດນີ້ ({entity}) ຈາກຄອມພິວເຕີໂນດບຸກ.</translation>
    </message>
    <message>
        <source>The record in this change carries a different id than the change itself.</source>
        <translation>ຂໍ້ມູນໃນການແກ້ໄຂນີ້ມີລະຫັດບໍ່ກົງກັບລະຫັດຂອງການແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>Revision {rev} of this record cannot follow revision {base_rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>ສະບັບແກ້ໄຂທີ {rev} ຂອງຂໍ້ມູນນີ້ຕໍ່ຈາກສະບັບທີ {base_rev} ບໍ່ໄດ້; ປະຫວັດຂອງມັນໃນເຄື່ອງນີ້ເສຍຫາຍ. ກະລຸນາຖາມສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>The record says revision {fields_rev}, the change says {rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>ຂໍ້ມູນລະບຸສະບັບແກ້ໄຂທີ {fields_rev}, ການແກ້ໄຂລະບຸ {rev}; ປະຫວັດຂອງມັນໃນເຄື່ອງນີ້ເສຍຫາຍ. ກະລຸນາຖາມສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>The record names its inspection in a form HQ cannot read.</source>
        <translation>ຂໍ້ມູນນີ້ລະບຸການກວດກາຂອງມັນໃນຮູບແບບທີ່ສຳນັກງານໃຫຍ່ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>This change carries interview testimony unsealed ({fields}); HQ takes testimony only sealed. Update the app on this laptop.</source>
        <translation>ການແກ້ໄຂນີ້ມີຄຳໃຫ້ການຈາກການສຳພາດທີ່ບໍ່ໄດ້ຜະນຶກ ({fields}); ສຳນັກງານໃຫຍ່ຮັບສະເພາະຄຳໃຫ້ການທີ່ຜະນຶກແລ້ວ. ກະລຸນາອັບເດດແອັບໃນເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>This change is sealed to evidence key {key_id}, which this HQ does not hold. Was the laptop enrolled with another HQ?</source>
        <translation>ການແກ້ໄຂນີ້ຖືກຜະນຶກດ້ວຍກະແຈຫຼັກຖານ {key_id} ເຊິ່ງສຳນັກງານໃຫຍ່ນີ້ບໍ່ມີ. ເຄື່ອງນີ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ອື່ນບໍ?</translation>
    </message>
    <message>
        <source>A worker document must travel with its number&apos;s keyed hash; update the app on this laptop.</source>
        <translation>ເອກະສານຂອງແຮງງານຕ້ອງສົ່ງພ້ອມຄ່າແຮຊແບບມີກະແຈຂອງໝາຍເລກເອກະສານ; ກະລຸນາອັບເດດແອັບໃນເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>The keyed hash of a worker document&apos;s number is damaged; HQ cannot check it.</source>
        <translation>ຄ່າແຮຊແບບມີກະແຈຂອງໝາຍເລກເອກະສານແຮງງານເສຍຫາຍ; ສຳນັກງານໃຫຍ່ກວດສອບບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>A worker document&apos;s number was hashed with key {key_id}, which this HQ did not issue. Was the laptop enrolled with another HQ?</source>
        <translation>ໝາຍເລກເອກະສານຂອງແຮງງານຖືກແຮຊດ້ວຍກະແຈ {key_id} ເຊິ່ງສຳນັກງານໃຫຍ່ນີ້ບໍ່ໄດ້ອອກໃຫ້. ເຄື່ອງນີ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ອື່ນບໍ?</translation>
    </message>
    <message>
        <source>Waits for an earlier change of the same record ({op_id}); it is sent after that one.</source>
        <translation>ລໍຖ້າການແກ້ໄຂກ່ອນໜ້າຂອງຂໍ້ມູນດຽວກັນ ({op_id}); ຈະສົ່ງຫຼັງຈາກນັ້ນ.</translation>
    </message>
    <message>
        <source>HQ already holds another kind of record with this id.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີຂໍ້ມູນປະເພດອື່ນທີ່ໃຊ້ລະຫັດນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} belongs to another laptop (the one that created it, or the one HQ reassigned it to). HQ takes changes to it only from that laptop.</source>
        <translation>ການກວດກາ {inspection_id} ເປັນຂອງຄອມພິວເຕີໂນດບຸກເຄື່ອງອື່ນ (ເຄື່ອງທີ່ສ້າງມັນ ຫຼື ເຄື່ອງທີ່ສຳນັກງານໃຫຍ່ໂອນໃຫ້). ສຳນັກງານໃຫຍ່ຮັບການແກ້ໄຂມັນຈາກເຄື່ອງນັ້ນເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>The inspection&apos;s reference number is not text.</source>
        <translation>ເລກອ້າງອີງຂອງການກວດກາບໍ່ແມ່ນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>An inspection&apos;s reference number may hold at most {limit} characters.</source>
        <translation>ເລກອ້າງອີງຂອງການກວດກາມີໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>HQ already holds another inspection with reference {reference}. References are unique: give this inspection a reference of its own.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີການກວດກາອື່ນທີ່ໃຊ້ເລກອ້າງອີງ {reference} ແລ້ວ. ເລກອ້າງອີງຕ້ອງບໍ່ຊ້ຳກັນ: ກະລຸນາກຳນົດເລກອ້າງອີງໃໝ່ໃຫ້ການກວດການີ້.</translation>
    </message>
    <message>
        <source>This {entity} does not say which inspection it belongs to.</source>
        <translation>{entity} ນີ້ບໍ່ໄດ້ລະບຸວ່າເປັນຂອງການກວດກາໃດ.</translation>
    </message>
    <message>
        <source>This {entity} belongs to another inspection at HQ; a record cannot move to another inspection.</source>
        <translation>{entity} ນີ້ເປັນຂອງການກວດກາອື່ນຢູ່ສຳນັກງານໃຫຍ່; ຂໍ້ມູນຍ້າຍໄປການກວດກາອື່ນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} is not at HQ yet; this {entity} is sent after it.</source>
        <translation>ການກວດກາ {inspection_id} ຍັງບໍ່ຢູ່ສຳນັກງານໃຫຍ່; {entity} ນີ້ຈະສົ່ງຫຼັງຈາກມັນ.</translation>
    </message>
    <message>
        <source>The field {field} must hold ids of records of this kind: {target_entity}.</source>
        <translation>ຊ່ອງ {field} ຕ້ອງມີລະຫັດຂອງຂໍ້ມູນປະເພດນີ້: {target_entity}.</translation>
    </message>
    <message>
        <source>The {target_entity} {target_id} this change points at is not at HQ yet; the change is sent after it.</source>
        <translation>{target_entity} {target_id} ທີ່ການແກ້ໄຂນີ້ອ້າງເຖິງຍັງບໍ່ຢູ່ສຳນັກງານໃຫຍ່; ການແກ້ໄຂຈະສົ່ງຫຼັງຈາກນັ້ນ.</translation>
    </message>
    <message>
        <source>The inspection this record names is not an inspection at HQ but a record of another kind ({entity}).</source>
        <translation>ການກວດກາທີ່ຂໍ້ມູນນີ້ອ້າງເຖິງບໍ່ແມ່ນການກວດກາຢູ່ສຳນັກງານໃຫຍ່ ແຕ່ເປັນຂໍ້ມູນປະເພດອື່ນ ({entity}).</translation>
    </message>
    <message>
        <source>Record {target_id} ({target_entity}) is not part of inspection {inspection_id}; a record may point only at records of its own inspection.</source>
        <translation>ຂໍ້ມູນ {target_id} ({target_entity}) ບໍ່ແມ່ນສ່ວນໜຶ່ງຂອງການກວດກາ {inspection_id}; ຂໍ້ມູນອ້າງເຖິງໄດ້ສະເພາະຂໍ້ມູນໃນການກວດກາຂອງຕົນເອງ.</translation>
    </message>
    <message>
        <source>This {entity} must name the record it checks ({target_entity}) and that record&apos;s inspection.</source>
        <translation>{entity} ນີ້ຕ້ອງລະບຸຂໍ້ມູນທີ່ມັນກວດສອບ ({target_entity}) ແລະ ການກວດກາຂອງຂໍ້ມູນນັ້ນ.</translation>
    </message>
    <message>
        <source>This {entity} must check a record ({target_entity}) of an earlier inspection, not one of its own.</source>
        <translation>{entity} ນີ້ຕ້ອງກວດສອບຂໍ້ມູນ ({target_entity}) ຂອງການກວດກາຄັ້ງກ່ອນ, ບໍ່ແມ່ນຂອງການກວດກາດຽວກັນ.</translation>
    </message>
    <message>
        <source>A file of this change is not uploaded yet; the change is sent after it.</source>
        <translation>ໄຟລ໌ຂອງການແກ້ໄຂນີ້ຍັງບໍ່ໄດ້ອັບໂຫຼດ; ການແກ້ໄຂຈະສົ່ງຫຼັງຈາກໄຟລ໌.</translation>
    </message>
    <message>
        <source>Kept for a supervisor: this {entity} was created by another laptop, so HQ keeps this change beside it as a proposal. A supervisor decides.</source>
        <translation>ເກັບໄວ້ໃຫ້ຫົວໜ້າພິຈາລະນາ: {entity} ນີ້ສ້າງໂດຍເຄື່ອງອື່ນ, ສຳນັກງານໃຫຍ່ຈຶ່ງເກັບການແກ້ໄຂນີ້ໄວ້ຄູ່ກັນເປັນຂໍ້ສະເໜີ. ຫົວໜ້າເປັນຜູ້ຕັດສິນ.</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record; this change was made on revision {base_rev}. Both versions are kept and a supervisor compares them.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີສະບັບແກ້ໄຂທີ {hq_rev} ຂອງຂໍ້ມູນນີ້; ການແກ້ໄຂນີ້ເຮັດຢູ່ເທິງສະບັບທີ {base_rev}. ທັງສອງສະບັບຖືກເກັບໄວ້ ແລະ ຫົວໜ້າຈະປຽບທຽບ.</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record, written by a supervisor&apos;s decision this change was not made on. Both versions are kept and a supervisor compares them.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີສະບັບແກ້ໄຂທີ {hq_rev} ຂອງຂໍ້ມູນນີ້, ເຊິ່ງຂຽນຈາກການຕັດສິນຂອງຫົວໜ້າທີ່ການແກ້ໄຂນີ້ບໍ່ໄດ້ເຮັດຕໍ່ຈາກ. ທັງສອງສະບັບຖືກເກັບໄວ້ ແລະ ຫົວໜ້າຈະປຽບທຽບ.</translation>
    </message>
    <message>
        <source>HQ refused this change: {text}</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບການແກ້ໄຂນີ້: {text}</translation>
    </message>
    <message>
        <source>HQ refused this change.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບການແກ້ໄຂນີ້.</translation>
    </message>
    <message>
        <source>HQ kept this change for a supervisor: {text}</source>
        <translation>ສຳນັກງານໃຫຍ່ເກັບການແກ້ໄຂນີ້ໄວ້ໃຫ້ຫົວໜ້າພິຈາລະນາ: {text}</translation>
    </message>
    <message>
        <source>HQ takes this change later: {text}</source>
        <translation>ສຳນັກງານໃຫຍ່ຈະຮັບການແກ້ໄຂນີ້ພາຍຫຼັງ: {text}</translation>
    </message>
    <message>
        <source>HQ cannot read this laptop&apos;s key; the data store may be damaged. Ask HQ.</source>
        <translation>ສຳນັກງານໃຫຍ່ອ່ານກະແຈຂອງເຄື່ອງນີ້ບໍ່ໄດ້; ບ່ອນເກັບຂໍ້ມູນອາດເສຍຫາຍ. ກະລຸນາຖາມສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>HQ needs this laptop&apos;s signature over its challenge to enrol it again; update the app.</source>
        <translation>ສຳນັກງານໃຫຍ່ຕ້ອງການລາຍເຊັນຂອງເຄື່ອງນີ້ເທິງລະຫັດທ້າທາຍເພື່ອລົງທະບຽນໃໝ່; ກະລຸນາອັບເດດແອັບ.</translation>
    </message>
    <message>
        <source>HQ&apos;s enrolment challenge expired or was already used; enrol again.</source>
        <translation>ລະຫັດທ້າທາຍລົງທະບຽນຂອງສຳນັກງານໃຫຍ່ໝົດອາຍຸ ຫຼື ຖືກໃຊ້ແລ້ວ; ກະລຸນາລົງທະບຽນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ could not confirm that this is the laptop it enrolled under this id (the signature does not match). Nothing changed; ask HQ.</source>
        <translation>ສຳນັກງານໃຫຍ່ຢືນຢັນບໍ່ໄດ້ວ່າແມ່ນເຄື່ອງທີ່ລົງທະບຽນໄວ້ພາຍໃຕ້ລະຫັດນີ້ (ລາຍເຊັນບໍ່ກົງກັນ). ບໍ່ມີຫຍັງປ່ຽນແປງ; ກະລຸນາຖາມສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {protocol}; update the app on this laptop.</source>
        <translation>ສຳນັກງານໃຫຍ່ໃຊ້ໂປຣໂຕຄໍຊິ້ງລຸ້ນ {protocol}; ກະລຸນາອັບເດດແອັບໃນເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>HQ says this request belongs to another laptop; enrol this laptop again.</source>
        <translation>ສຳນັກງານໃຫຍ່ແຈ້ງວ່າຄຳຮ້ອງນີ້ເປັນຂອງເຄື່ອງອື່ນ; ກະລຸນາລົງທະບຽນເຄື່ອງນີ້ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ has no upload of this file from this laptop; it is started again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ມີການອັບໂຫຼດໄຟລ໌ນີ້ຈາກເຄື່ອງນີ້; ຈະເລີ່ມອັບໂຫຼດໃໝ່.</translation>
    </message>
    <message>
        <source>This file was announced to HQ before with another size; it cannot be uploaded under the same fingerprint.</source>
        <translation>ໄຟລ໌ນີ້ເຄີຍແຈ້ງສຳນັກງານໃຫຍ່ດ້ວຍຂະໜາດອື່ນ; ຈຶ່ງອັບໂຫຼດພາຍໃຕ້ລາຍນິ້ວມືເດີມບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>HQ received an empty piece of a file; sync again.</source>
        <translation>ສຳນັກງານໃຫຍ່ໄດ້ຮັບສ່ວນຂອງໄຟລ໌ທີ່ຫວ່າງເປົ່າ; ກະລຸນາຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A piece of a file is larger than HQ takes (at most {limit} bytes); update the app.</source>
        <translation>ສ່ວນຂອງໄຟລ໌ໃຫຍ່ເກີນກວ່າທີ່ສຳນັກງານໃຫຍ່ຮັບ (ບໍ່ເກີນ {limit} ໄບ); ກະລຸນາອັບເດດແອັບ.</translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way to HQ; sync again.</source>
        <translation>ສ່ວນຂອງໄຟລ໌ເສຍຫາຍລະຫວ່າງທາງໄປສຳນັກງານໃຫຍ່; ກະລຸນາຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ holds another part of this file than expected; sync again.</source>
        <translation>ສຳນັກງານໃຫຍ່ມີສ່ວນຂອງໄຟລ໌ນີ້ບໍ່ກົງກັບທີ່ຄາດໄວ້; ກະລຸນາຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A piece of a file goes past the file&apos;s size; sync again.</source>
        <translation>ສ່ວນຂອງໄຟລ໌ເກີນຂະໜາດຂອງໄຟລ໌; ກະລຸນາຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A file arrived at HQ damaged and was discarded; sync again to upload it again.</source>
        <translation>ໄຟລ໌ໄປຮອດສຳນັກງານໃຫຍ່ໃນສະພາບເສຍຫາຍ ແລະ ຖືກຖິ້ມ; ກະລຸນາຊິ້ງອີກຄັ້ງເພື່ອອັບໂຫຼດໃໝ່.</translation>
    </message>
    <message>
        <source>This request is too large for HQ (at most {limit} bytes).</source>
        <translation>ຄຳຮ້ອງນີ້ໃຫຍ່ເກີນກວ່າທີ່ສຳນັກງານໃຫຍ່ຮັບໄດ້ (ບໍ່ເກີນ {limit} ໄບ).</translation>
    </message>
    <message>
        <source>HQ could not unpack this request (damaged on the way); sync again.</source>
        <translation>ສຳນັກງານໃຫຍ່ແຕກໄຟລ໌ຄຳຮ້ອງນີ້ບໍ່ໄດ້ (ເສຍຫາຍລະຫວ່າງທາງ); ກະລຸນາຊິ້ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>HQ could not accept this request ({detail}). Update the app on this laptop.</source>
        <translation>ສຳນັກງານໃຫຍ່ຮັບຄຳຮ້ອງນີ້ບໍ່ໄດ້ ({detail}). ກະລຸນາອັບເດດແອັບໃນເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>HQ&apos;s disk is full; nothing was lost. Sync again after HQ has made room.</source>
        <translation>ດິສຂອງສຳນັກງານໃຫຍ່ເຕັມ; ບໍ່ມີຂໍ້ມູນເສຍ. ກະລຸນາຊິ້ງອີກຄັ້ງຫຼັງຈາກສຳນັກງານໃຫຍ່ເພີ່ມພື້ນທີ່.</translation>
    </message>
    <message>
        <source>Too many failed attempts; HQ refuses for a while. Try again later.</source>
        <translation>ພະຍາຍາມບໍ່ສຳເລັດຫຼາຍເທື່ອເກີນໄປ; ສຳນັກງານໃຫຍ່ປະຕິເສດຊົ່ວຄາວ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Team and language coordinator</source>
        <translation>ທີມງານ ແລະ ຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>Who is inspecting, and who interprets for the workers?</source>
        <translation>ໃຜເປັນຜູ້ກວດກາ ແລະ ໃຜແປພາສາໃຫ້ຄົນງານ?</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>ທີມກວດກາ</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາ</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>ພະນັກງານກວດກາ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language coordinators</source>
        <translation>ຜູ້ປະສານງານດ້ານພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (lead inspector)</source>
        <translation>%1 (ຫົວໜ້າທີມກວດກາ)</translation>
    </message>
    <message>
        <source>Has not declared that they have no tie to the employer or a broker.</source>
        <translation>ຍັງບໍ່ໄດ້ຢືນຢັນວ່າບໍ່ມີສາຍພົວພັນກັບນາຍຈ້າງ ຫຼື ນາຍໜ້າ.</translation>
    </message>
    <message>
        <source>Interpreter gender requested by a worker</source>
        <translation>ເພດຂອງນາຍພາສາທີ່ຄົນງານຂໍ</translation>
    </message>
    <message>
        <source>No worker has asked for an interpreter of a particular gender</source>
        <translation>ບໍ່ມີຄົນງານຂໍນາຍພາສາເພດໃດເປັນພິເສດ</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter</source>
        <translation>ຄົນງານຂໍນາຍພາສາຍິງ</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter</source>
        <translation>ຄົນງານຂໍນາຍພາສາຊາຍ</translation>
    </message>
    <message>
        <source>Interpreter &amp;request</source>
        <translation>ຄຳຂໍກ່ຽວກັບນາຍພາສາ (&amp;R)</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter, but none of the chosen language coordinators is recorded as female.</source>
        <translation>ຄົນງານຂໍນາຍພາສາຍິງ ແຕ່ບໍ່ມີຜູ້ປະສານງານດ້ານພາສາທີ່ເລືອກໄວ້ຄົນໃດຖືກບັນທຶກວ່າເປັນຍິງ.</translation>
    </message>
    <message>
        <source>Female coordinators you could add: %1.</source>
        <translation>ຜູ້ປະສານງານຍິງທີ່ເພີ່ມໄດ້: %1.</translation>
    </message>
    <message>
        <source>No female coordinator is recorded on this laptop.</source>
        <translation>ບໍ່ມີຜູ້ປະສານງານຍິງບັນທຶກໄວ້ໃນເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter, but none of the chosen language coordinators is recorded as male.</source>
        <translation>ຄົນງານຂໍນາຍພາສາຊາຍ ແຕ່ບໍ່ມີຜູ້ປະສານງານດ້ານພາສາທີ່ເລືອກໄວ້ຄົນໃດຖືກບັນທຶກວ່າເປັນຊາຍ.</translation>
    </message>
    <message>
        <source>Male coordinators you could add: %1.</source>
        <translation>ຜູ້ປະສານງານຊາຍທີ່ເພີ່ມໄດ້: %1.</translation>
    </message>
    <message>
        <source>No male coordinator is recorded on this laptop.</source>
        <translation>ບໍ່ມີຜູ້ປະສານງານຊາຍບັນທຶກໄວ້ໃນເຄື່ອງນີ້.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <source>No term matches this search.</source>
        <translation>ບໍ່ພົບຄຳສັບທີ່ກົງກັບການຊອກຫານີ້.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>ຄຳອື່ນທີ່ໃຊ້: %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ພື້ນຖານທາງກົດໝາຍ</translation>
    </message>
    <message>
        <source>No statutory definition</source>
        <translation>ບໍ່ມີຄຳນິຍາມໃນກົດໝາຍ</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>years</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <source>THB/day</source>
        <translation>ບາດ/ວັນ</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Field Inspector</source>
        <translation>ປົດລັອກ Field Inspector</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ກຳລັງປົດລັອກ…</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Corrected</source>
        <translation>ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation>ແກ້ໄຂບາງສ່ວນ</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>ຍັງບໍ່ໄດ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>ຍັງບໍ່ໄດ້ກວດ</translation>
    </message>
    <message>
        <source>%1 — follow-up visit %2 on %3</source>
        <translation>%1 — ການລົງກວດຕິດຕາມ %2 ວັນທີ %3</translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>What you found</source>
        <translation>ສິ່ງທີ່ພົບ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>What you saw, were shown or were told (e.g. passports back with the workers; pay slips for November)</source>
        <translation>ສິ່ງທີ່ເຫັນ, ໄດ້ຮັບການສະແດງ ຫຼື ໄດ້ຮັບແຈ້ງ (ເຊັ່ນ: ສົ່ງໜັງສືຜ່ານແດນຄືນໃຫ້ຄົນງານແລ້ວ; ໃບເງິນເດືອນເດືອນພະຈິກ)</translation>
    </message>
    <message>
        <source>Evidence, in words</source>
        <translation>ຫຼັກຖານ, ເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <source>Photos and documents of this visit; ticked ones are evidence</source>
        <translation>ຮູບ ແລະ ເອກະສານຂອງການລົງກວດນີ້; ລາຍການທີ່ໝາຍໄວ້ແມ່ນຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>ເພີ່ມຮູບ…</translation>
    </message>
    <message>
        <source>Tick the photos and documents that show it. Photos added here are kept with this visit&apos;s attachments.</source>
        <translation>ໝາຍຮູບ ແລະ ເອກະສານທີ່ສະແດງສິ່ງນັ້ນ. ຮູບທີ່ເພີ່ມຢູ່ນີ້ຈະເກັບໄວ້ກັບໄຟລ໌ແນບຂອງການລົງກວດນີ້.</translation>
    </message>
    <message>
        <source>Findings to verify</source>
        <translation>ຂໍ້ຄົ້ນພົບທີ່ຕ້ອງກວດຜົນ</translation>
    </message>
    <message>
        <source>This follow-up visit is approved: what it verified can no longer change.</source>
        <translation>ການລົງກວດຕິດຕາມນີ້ໄດ້ຮັບອະນຸມັດແລ້ວ: ຜົນທີ່ກວດໄວ້ບໍ່ສາມາດປ່ຽນແປງໄດ້ອີກ.</translation>
    </message>
    <message numerus="yes">
        <source>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</source>
        <translation>
            <numerusform>ການລົງກວດຕິດຕາມນີ້ກວດຂໍ້ຄົ້ນພົບ %n ຂໍ້ທີ່ຍັງຄ້າງຫຼັງການລົງກວດ %1 (%2). ບັນທຶກສິ່ງທີ່ພົບສຳລັບແຕ່ລະຂໍ້. ການກວດກາຄັ້ງກ່ອນຍັງຄືເກົ່າຕາມທີ່ໄດ້ລົງລາຍເຊັນ: ແຕ່ລະຂໍ້ຄົ້ນພົບຈະໄດ້ສະຖານະໃໝ່ເມື່ອການລົງກວດຄັ້ງນີ້ລົງລາຍເຊັນແລ້ວ.</numerusform>
            <numerusform>ການລົງກວດຕິດຕາມນີ້ກວດຂໍ້ຄົ້ນພົບ %n ຂໍ້ທີ່ຍັງຄ້າງຫຼັງການລົງກວດ %1 (%2). ບັນທຶກສິ່ງທີ່ພົບສຳລັບແຕ່ລະຂໍ້. ການກວດກາຄັ້ງກ່ອນຍັງຄືເກົ່າຕາມທີ່ໄດ້ລົງລາຍເຊັນ: ແຕ່ລະຂໍ້ຄົ້ນພົບຈະໄດ້ສະຖານະໃໝ່ເມື່ອການລົງກວດຄັ້ງນີ້ລົງລາຍເຊັນແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found at visit %1</source>
        <translation>ພົບໃນການລົງກວດ %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>ກຳນົດເວລາ %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>ຂໍ້ໃນລາຍການກວດ %1</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>ເພີ່ມຮູບ ຫຼື ເອກະສານ</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>ຮູບ ແລະ ເອກະສານ (*.jpg *.jpeg *.png *.pdf *.heic);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ບໍ່ສາມາດອ່ານ %1: %2</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>Visit</source>
        <translation>ການລົງກວດ</translation>
    </message>
    <message>
        <source>What kind of visit is this, and when?</source>
        <translation>ນີ້ແມ່ນການລົງກວດປະເພດໃດ ແລະ ເມື່ອໃດ?</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Keep the &amp;complaint source confidential</source>
        <translation>ເກັບແຫຼ່ງທີ່ມາຂອງຄຳຮ້ອງທຸກເປັນຄວາມລັບ(&amp;C)</translation>
    </message>
    <message>
        <source>Complaint source confidential</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຄຳຮ້ອງທຸກເປັນຄວາມລັບ</translation>
    </message>
    <message>
        <source>The source is never named in the employer&apos;s notice (ILO C81 art. 15).</source>
        <translation>ຈະບໍ່ລະບຸແຫຼ່ງທີ່ມາໃນໜັງສືແຈ້ງນາຍຈ້າງເດັດຂາດ (ILO C81 ມາດຕາ 15).</translation>
    </message>
    <message>
        <source>Follow-up of inspection</source>
        <translation>ການຕິດຕາມຂອງການກວດກາ</translation>
    </message>
    <message>
        <source>&amp;Follow-up of</source>
        <translation>ເປັນການຕິດຕາມຂອງ(&amp;F)</translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation>ປະເພດການລົງກວດ(&amp;T)</translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation>ວັນທີລົງກວດ(&amp;D)</translation>
    </message>
    <message>
        <source>another laptop&apos;s, from HQ</source>
        <translation>ຂອງແລັບທັອບເຄື່ອງອື່ນ ຈາກສູນກາງ</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>ຂໍ້ພົບທີ່ຍັງຄ້າງ %n ຂໍ້</numerusform>
            <numerusform>ຂໍ້ພົບທີ່ຍັງຄ້າງ %n ຂໍ້</numerusform>
        </translation>
    </message>
    <message>
        <source>This establishment has no earlier visit, on this laptop or from HQ, so there is nothing to link; the visit is recorded without one.</source>
        <translation>ສະຖານປະກອບການນີ້ບໍ່ມີການກວດຄັ້ງກ່ອນ ທັງຢູ່ເຄື່ອງນີ້ ແລະ ຈາກສູນກາງ ຈຶ່ງບໍ່ມີຫຍັງໃຫ້ເຊື່ອມໂຍງ; ການລົງກວດຄັ້ງນີ້ຈະຖືກບັນທຶກໂດຍບໍ່ມີການເຊື່ອມໂຍງ.</translation>
    </message>
    <message numerus="yes">
        <source>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</source>
        <translation>
            <numerusform>ຂໍ້ພົບທີ່ຍັງຄ້າງ %n ຂໍ້ຂອງການກວດຄັ້ງນັ້ນຈະມາພ້ອມກັບການກວດຄັ້ງນີ້ ເພື່ອກວດສອບຢູ່ບ່ອນວ່າ: ແກ້ໄຂແລ້ວ, ແກ້ໄຂບາງສ່ວນ ຫຼື ຍັງບໍ່ໄດ້ແກ້ໄຂ.</numerusform>
            <numerusform>ຂໍ້ພົບທີ່ຍັງຄ້າງ %n ຂໍ້ຂອງການກວດຄັ້ງນັ້ນຈະມາພ້ອມກັບການກວດຄັ້ງນີ້ ເພື່ອກວດສອບຢູ່ບ່ອນວ່າ: ແກ້ໄຂແລ້ວ, ແກ້ໄຂບາງສ່ວນ ຫຼື ຍັງບໍ່ໄດ້ແກ້ໄຂ.</numerusform>
        </translation>
    </message>
    <message>
        <source>That visit has no open finding left to verify; this visit is linked to it.</source>
        <translation>ການກວດຄັ້ງນັ້ນບໍ່ມີຂໍ້ພົບທີ່ຍັງຄ້າງໃຫ້ກວດສອບແລ້ວ; ການລົງກວດຄັ້ງນີ້ຖືກເຊື່ອມໂຍງກັບມັນ.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Choose the inspection this visit follows up.</source>
        <translation>ກະລຸນາເລືອກການກວດກາທີ່ການລົງກວດຄັ້ງນີ້ຕິດຕາມ.</translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Routine</source>
        <translation>ປົກກະຕິ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ຄຳຮ້ອງທຸກ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ຕິດຕາມ</translation>
    </message>
    <message>
        <source>PIPO</source>
        <translation>PIPO</translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation>ປະຕິບັດການພິເສດ</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ປະເພດການລົງກວດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>ບັນທຶກຢູ່</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>ຂໍ້ຄົ້ນພົບ %n ຂໍ້</numerusform>
            <numerusform>ຂໍ້ຄົ້ນພົບ %n ຂໍ້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>ຍັງຄ້າງ %n</numerusform>
            <numerusform>ຍັງຄ້າງ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n S1</source>
        <translation>
            <numerusform>S1 %n</numerusform>
            <numerusform>S1 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified %n earlier findings</source>
        <translation>
            <numerusform>ກວດຜົນຂໍ້ຄົ້ນພົບຄັ້ງກ່ອນ %n ຂໍ້</numerusform>
            <numerusform>ກວດຜົນຂໍ້ຄົ້ນພົບຄັ້ງກ່ອນ %n ຂໍ້</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>ຕິດຕາມໂດຍ %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>ວາງແຜນໄວ້ວັນທີ %1</translation>
    </message>
</context>
<context>
    <name>WorkforceModel</name>
    <message>
        <source>Visit date</source>
        <translation>ວັນທີລົງກວດ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ຜູ້ຍິງ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ອາຍຸຕ່ຳກວ່າ 18 ປີ</translation>
    </message>
    <message>
        <source>Nationality mix</source>
        <translation>ສັດສ່ວນສັນຊາດ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Due</source>
        <translation>ຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>ກາຍກຳນົດບໍ?</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ສິ່ງທີ່ຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>ສະຖານປະກອບການ</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>ການລົງກວດຄັ້ງກ່ອນ</translation>
    </message>
    <message numerus="yes">
        <source>Planned follow-up visit (%n open findings)</source>
        <translation>
            <numerusform>ການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້ (ຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ %n ຂໍ້)</numerusform>
            <numerusform>ການລົງກວດຕິດຕາມທີ່ວາງແຜນໄວ້ (ຂໍ້ຄົ້ນພົບທີ່ຍັງຄ້າງ %n ຂໍ້)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ຂໍ້ຄົ້ນພົບ</translation>
    </message>
</context>
<context>
    <name>ZawgyiWatcher</name>
    <message>
        <source>This Burmese text is in the old Zawgyi encoding. It is converted to Unicode when saved.</source>
        <translation>ຂໍ້ຄວາມພາສາມຽນມານີ້ໃຊ້ການເຂົ້າລະຫັດຕົວອັກສອນ Zawgyi ແບບເກົ່າ. ມັນຈະຖືກປ່ຽນເປັນ Unicode ເມື່ອບັນທຶກ.</translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode.</source>
        <translation>ປ່ຽນຈາກ Zawgyi ເປັນ Unicode ແລ້ວ.</translation>
    </message>
</context>
</TS>
