<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Answer</name>
    <message>
        <source>Compliant</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({0}). Your saved work is safe. Details were written to {1}.</source>
        <translation>เกิดข้อผิดพลาด ({0}) งานที่บันทึกไว้แล้วยังอยู่ครบถ้วน รายละเอียดถูกบันทึกไว้ที่ {1}</translation>
    </message>
    <message>
        <source>Demo data: user “{0}”, passphrase “{1}”.</source>
        <translation>ข้อมูลสาธิต: ผู้ใช้ “{0}” วลีรหัสผ่าน “{1}”</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>ไฟล์มีขนาดใหญ่กว่า {size} MB</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>เพิ่มรูปภาพหรือเอกสาร…</translation>
    </message>
    <message>
        <source>Drop files here, or use the button. Large photos are made smaller.</source>
        <translation>ลากไฟล์มาวางที่นี่ หรือกดปุ่ม รูปภาพขนาดใหญ่จะถูกย่อขนาดลง</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>คำบรรยายภาพ</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>เป็นหลักฐานของ</translation>
    </message>
    <message>
        <source>Evidence for finding</source>
        <translation>เป็นหลักฐานของข้อค้นพบ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>เพิ่มรูปภาพหรือเอกสาร</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>รูปภาพและเอกสาร (*.jpg *.jpeg *.png *.pdf *.heic);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The disk is full: {folder} has no room for the bundle. Free some space there or use another USB stick, then write it again. Nothing was lost: the changes still wait on this laptop.</source>
        <translation>ดิสก์เต็ม: {folder} ไม่มีที่ว่างพอสำหรับไฟล์ชุดข้อมูล โปรดเพิ่มพื้นที่ว่างหรือใช้แฟลชไดรฟ์ USB อันอื่น แล้วเขียนใหม่อีกครั้ง ไม่มีข้อมูลสูญหาย รายการเปลี่ยนแปลงยังรออยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ before making a bundle: HQ only takes bundles from laptops it knows, to check their signature.</source>
        <translation>โปรดลงทะเบียนเครื่องนี้กับส่วนกลางก่อนสร้างไฟล์ชุดข้อมูล ส่วนกลางรับไฟล์ชุดข้อมูลจากเครื่องที่รู้จักเท่านั้น เพื่อตรวจสอบลายมือชื่อดิจิทัล</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ, so no reply from HQ can be for it. Enrol it first (on the Sync page, with a one-time code from HQ).</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับส่วนกลาง จึงไม่มีไฟล์ตอบกลับใดของส่วนกลางที่เป็นของเครื่องนี้ได้ โปรดลงทะเบียนก่อน (ในหน้าซิงค์ข้อมูล ด้วยรหัสใช้ครั้งเดียวจากส่วนกลาง)</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s transport key, which keeps a bundle unreadable to anyone but HQ: enrol it again with a new code from HQ (nothing on the laptop is lost).</source>
        <translation>เครื่องนี้ไม่มีกุญแจรับส่งข้อมูลของส่วนกลาง ซึ่งทำให้ไม่มีผู้ใดนอกจากส่วนกลางอ่านไฟล์ชุดข้อมูลได้ โปรดลงทะเบียนใหม่ด้วยรหัสใหม่จากส่วนกลาง (ข้อมูลในเครื่องไม่สูญหาย)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle.</source>
        <translation>{path} เป็นโฟลเดอร์ โปรดตั้งชื่อไฟล์สำหรับไฟล์ชุดข้อมูล</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: is the USB stick plugged in? Nothing was written.</source>
        <translation>ไม่มีโฟลเดอร์ {folder} เสียบแฟลชไดรฟ์ USB ไว้หรือไม่ ยังไม่ได้เขียนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: the USB stick is read-only (look for a lock switch on its side) or this app may not write there. Nothing was written; the changes still wait on this laptop.</source>
        <translation>เขียนลงใน {folder} ไม่ได้ แฟลชไดรฟ์ USB อาจเป็นแบบอ่านอย่างเดียว (ดูสวิตช์ล็อกที่ด้านข้าง) หรือโปรแกรมนี้ไม่มีสิทธิ์เขียนที่นั่น ยังไม่ได้เขียนข้อมูลใด ๆ รายการเปลี่ยนแปลงยังรออยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <source>writing the bundle to {path}</source>
        <translation>การเขียนไฟล์ชุดข้อมูลลงใน {path}</translation>
    </message>
    <message>
        <source>This laptop does not know HQ&apos;s key; enrol it again to import HQ&apos;s replies.</source>
        <translation>เครื่องนี้ไม่มีกุญแจของส่วนกลาง โปรดลงทะเบียนใหม่เพื่อนำเข้าไฟล์ตอบกลับของส่วนกลาง</translation>
    </message>
    <message>
        <source>This reply is for another laptop; nothing was imported. Read the reply made for this laptop&apos;s own bundle.</source>
        <translation>ไฟล์ตอบกลับนี้เป็นของเครื่องอื่น ไม่ได้นำเข้าข้อมูลใด ๆ โปรดอ่านไฟล์ตอบกลับที่ทำขึ้นสำหรับไฟล์ชุดข้อมูลของเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>ส่วนกลาง</translation>
    </message>
    <message>
        <source>The reply bundle holds entries this app cannot read; nothing was imported.</source>
        <translation>ไฟล์ตอบกลับมีรายการที่โปรแกรมนี้อ่านไม่ได้ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is truncated (only {size} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} ไม่ครบ (มีเพียง {size} ไบต์) โปรดคัดลอกใหม่ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is damaged (its header is unreadable); nothing was imported.</source>
        <translation>{name} เสียหาย (อ่านส่วนหัวไม่ได้) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); nothing was imported.</source>
        <translation>{name} เสียหาย ({problem}) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is a bundle in the old, unencrypted format (version 1); export it again with this version of the app. Nothing was imported.</source>
        <translation>{name} เป็นไฟล์ชุดข้อมูลรูปแบบเก่าที่ไม่ได้เข้ารหัส (รุ่น 1) โปรดส่งออกใหม่ด้วยโปรแกรมรุ่นนี้ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is not a Field Inspector bundle.</source>
        <translation>{name} ไม่ใช่ไฟล์ชุดข้อมูลของ Field Inspector</translation>
    </message>
    <message>
        <source>{name} is bundle version {version}; this app reads version {supported}. Use the same version of the app on both sides. Nothing was imported.</source>
        <translation>{name} เป็นไฟล์ชุดข้อมูลรุ่น {version} แต่โปรแกรมนี้อ่านรุ่น {supported} โปรดใช้โปรแกรมรุ่นเดียวกันทั้งสองฝั่ง ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is a &apos;reply&apos; bundle; this needs laptop changes (bundle export). Nothing was imported.</source>
        <translation>{name} เป็นไฟล์ตอบกลับของส่วนกลาง แต่ที่นี่ต้องการไฟล์รายการเปลี่ยนแปลงจากเครื่อง (bundle export) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is a &apos;ops&apos; bundle; this needs an HQ reply (import-bundle --reply). It holds a laptop&apos;s changes for HQ, not HQ&apos;s answer. Nothing was imported.</source>
        <translation>{name} เป็นไฟล์รายการเปลี่ยนแปลงของเครื่องที่จะส่งให้ส่วนกลาง ไม่ใช่ไฟล์ตอบกลับของส่วนกลาง ที่นี่ต้องการไฟล์ตอบกลับของส่วนกลาง (import-bundle --reply) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ชุดข้อมูล</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file. Was the USB stick taken out, or the file moved? Nothing was imported.</source>
        <translation>อ่าน {path} ไม่ได้ เพราะไม่มีไฟล์นี้ แฟลชไดรฟ์ USB ถูกถอดออกหรือไฟล์ถูกย้ายไปหรือไม่ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This app may not read {path}; copy the file to the laptop&apos;s own disk and try again. Nothing was imported.</source>
        <translation>โปรแกรมนี้ไม่มีสิทธิ์อ่าน {path} โปรดคัดลอกไฟล์ลงดิสก์ของเครื่องนี้แล้วลองอีกครั้ง ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>อ่าน {path} ไม่ได้: {reason} ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} of {expected} bytes); copy it again. Nothing was imported.</source>
        <translation>{name} ไม่ครบ ({size} จาก {expected} ไบต์) โปรดคัดลอกใหม่ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is damaged ({extra} bytes too many after its end); nothing was imported.</source>
        <translation>{name} เสียหาย (มีข้อมูลเกินท้ายไฟล์ {extra} ไบต์) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content or {who}&apos;s key: it was changed after it was written, or it is not from them. Nothing was imported.</source>
        <translation>ลายมือชื่อดิจิทัลของไฟล์ไม่ตรงกับเนื้อหาหรือกุญแจของ{who} ไฟล์ถูกแก้ไขหลังจากเขียน หรือไม่ได้มาจากผู้นั้น ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is sealed for HQ; only HQ can open it. Nothing was imported.</source>
        <translation>{name} ถูกปิดผนึกไว้สำหรับส่วนกลาง มีเพียงส่วนกลางที่เปิดได้ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} was sealed for another HQ&apos;s key; this HQ cannot open it. Nothing was imported.</source>
        <translation>{name} ถูกปิดผนึกด้วยกุญแจของส่วนกลางอื่น ส่วนกลางนี้เปิดไม่ได้ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is not sealed: laptops seal every bundle for HQ. Nothing was imported.</source>
        <translation>{name} ไม่ได้ปิดผนึก เครื่องทุกเครื่องปิดผนึกไฟล์ชุดข้อมูลทุกไฟล์สำหรับส่วนกลาง ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is incomplete: a table is missing. Nothing was imported.</source>
        <translation>{name} ไม่สมบูรณ์ ตารางหายไปหนึ่งตาราง ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} does not describe itself as its header does; nothing was imported.</source>
        <translation>ข้อมูลภายใน {name} ไม่ตรงกับส่วนหัวของไฟล์ ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} names two different laptops; nothing was imported.</source>
        <translation>{name} ระบุเครื่องสองเครื่องที่ต่างกัน ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} {table} rows where {written} were written. Nothing was imported.</source>
        <translation>{name} ไม่สมบูรณ์ มีแถว {table} {count} แถว แต่เขียนไว้ {written} แถว ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>The bundle is damaged ({problem}); nothing was imported.</source>
        <translation>ไฟล์ชุดข้อมูลเสียหาย ({problem}) ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>ChecklistErrors</name>
    <message>
        <source>{item} needs a number (got {value}).</source>
        <translation>ข้อ {item} ต้องเป็นตัวเลข (ได้รับ {value})</translation>
    </message>
    <message>
        <source>{item} needs a date as YYYY-MM-DD (got {value}).</source>
        <translation>ข้อ {item} ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD (ได้รับ {value})</translation>
    </message>
    <message>
        <source>Item {item} is not on this inspection&apos;s checklist.</source>
        <translation>ข้อ {item} ไม่อยู่ในรายการตรวจของการตรวจนี้</translation>
    </message>
    <message>
        <source>Template {code} version {version} is already loaded with different content; a changed checklist must be published as a new version.</source>
        <translation>แบบรายการตรวจ {code} ฉบับที่ {version} มีอยู่แล้วแต่เนื้อหาต่างกัน รายการตรวจที่เปลี่ยนแปลงต้องเผยแพร่เป็นฉบับใหม่</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>ตอบแล้ว %1 จาก %2 ข้อ</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>The answer “{answer}” is a violation: recorded as non-compliant.</source>
        <translation>คำตอบ “{answer}” เป็นการฝ่าฝืน จึงบันทึกเป็น ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The answer “{answer}” is not a violation: recorded as compliant.</source>
        <translation>คำตอบ “{answer}” ไม่ใช่การฝ่าฝืน จึงบันทึกเป็น ถูกต้อง</translation>
    </message>
    <message>
        <source>Age {age} is under {minimum}: recorded as non-compliant.</source>
        <translation>อายุ {age} ปี ต่ำกว่า {minimum} ปี จึงบันทึกเป็น ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Age {age} is not under {minimum}: recorded as compliant.</source>
        <translation>อายุ {age} ปี ไม่ต่ำกว่า {minimum} ปี จึงบันทึกเป็น ถูกต้อง</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is below the minimum wage here, {minimum} THB: recorded as non-compliant.</source>
        <translation>ค่าจ้างวันละ {wage} บาท ต่ำกว่าค่าจ้างขั้นต่ำของพื้นที่นี้ วันละ {minimum} บาท จึงบันทึกเป็น ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>A daily wage of {wage} THB is not below the minimum wage here, {minimum} THB: recorded as compliant.</source>
        <translation>ค่าจ้างวันละ {wage} บาท ไม่ต่ำกว่าค่าจ้างขั้นต่ำของพื้นที่นี้ วันละ {minimum} บาท จึงบันทึกเป็น ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Checklist</source>
        <translation>รายการตรวจ</translation>
    </message>
    <message>
        <source>The base checklist, plus the add-ons and modules this visit needs.</source>
        <translation>รายการตรวจพื้นฐาน รวมทั้งรายการเสริมและโมดูลที่การเข้าตรวจครั้งนี้ต้องใช้</translation>
    </message>
    <message>
        <source>Base checklist</source>
        <translation>รายการตรวจพื้นฐาน</translation>
    </message>
    <message>
        <source>Add-ons and modules</source>
        <translation>รายการเสริมและโมดูล</translation>
    </message>
    <message>
        <source>&amp;Base checklist</source>
        <translation>รายการตรวจพื้นฐาน (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add-ons and modules</source>
        <translation>รายการเสริมและโมดูล (&amp;A)</translation>
    </message>
    <message>
        <source>Ticked for you: the add-on for the establishment&apos;s sector (%1) and the forced-labour and interview-safeguard modules. Untick what this visit does not need.</source>
        <translation>ระบบเลือกไว้ให้แล้ว: รายการเสริมตามประเภทกิจการของสถานประกอบการ (%1) โมดูลแรงงานบังคับ และโมดูลมาตรการคุ้มครองในการสัมภาษณ์ ยกเลิกการเลือกรายการที่การเข้าตรวจครั้งนี้ไม่ต้องใช้</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist items</source>
        <translation>ข้อรายการตรวจ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>หมายเหตุสำหรับรายการนี้</translation>
    </message>
    <message>
        <source>Proposed findings</source>
        <translation>ข้อค้นพบที่ระบบเสนอ</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>รับเป็นข้อค้นพบ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <source>Checklist texts in this language are a draft translation awaiting review by a native speaker; check them against the Thai text.</source>
        <translation>ข้อความของแบบตรวจในภาษานี้เป็นคำแปลฉบับร่างที่รอเจ้าของภาษาตรวจทาน โปรดตรวจเทียบกับข้อความภาษาไทย</translation>
    </message>
    <message>
        <source>A finding is recorded for this item, but its answer does not show a violation now. Check the finding on the Findings tab.</source>
        <translation>มีข้อค้นพบที่บันทึกไว้สำหรับรายการนี้ แต่คำตอบในตอนนี้ไม่แสดงการฝ่าฝืน โปรดตรวจสอบข้อค้นพบนั้นในแท็บข้อค้นพบ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Number (%1)</source>
        <translation>ตัวเลข (%1)</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit language coordinator</source>
        <translation>แก้ไขข้อมูลล่าม</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>เพิ่มล่ามใหม่</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>As written in their own script, with a Latin spelling</source>
        <translation>เขียนด้วยอักษรในภาษาของตนเอง พร้อมตัวสะกดอักษรละติน</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Declares no tie to the employer or a broker</source>
        <translation>รับรองว่าไม่มีความเกี่ยวข้องกับนายจ้างหรือนายหน้า</translation>
    </message>
    <message>
        <source>Date of the declaration</source>
        <translation>วันที่รับรอง</translation>
    </message>
    <message>
        <source>Active (can be chosen for new inspections)</source>
        <translation>ใช้งานอยู่ (เลือกได้ในการตรวจครั้งใหม่)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ชื่อ-นามสกุล (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>เพศ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์ (&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>หน่วยงาน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>เมื่อวันที่ (&amp;O)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ข้อมูลทั่วไป</translation>
    </message>
    <message>
        <source>Training and accreditation</source>
        <translation>การอบรมและการรับรอง</translation>
    </message>
    <message>
        <source>This language coordinator no longer exists.</source>
        <translation>ไม่พบข้อมูลล่ามรายนี้ในระบบแล้ว</translation>
    </message>
</context>
<context>
    <name>CoordinatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>No-conflict declaration</source>
        <translation>การรับรองว่าไม่มีส่วนได้เสีย</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>ยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>รับรองแล้วเมื่อ %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
</context>
<context>
    <name>CoordinatorsPage</name>
    <message>
        <source>Search name, language or organisation</source>
        <translation>ค้นหาชื่อ ภาษา หรือหน่วยงาน</translation>
    </message>
    <message>
        <source>Search language coordinators</source>
        <translation>ค้นหาล่าม</translation>
    </message>
    <message>
        <source>&amp;New coordinator…</source>
        <translation>เพิ่มล่ามใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>New language coordinator</source>
        <translation>เพิ่มล่ามใหม่</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit language coordinator</source>
        <translation>แก้ไขข้อมูลล่าม</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ล่าม (ผู้ประสานงานด้านภาษา)</translation>
    </message>
</context>
<context>
    <name>CredentialErrors</name>
    <message>
        <source>Training {number} must have a date, a course and a provider.</source>
        <translation>การอบรมที่ {number} ต้องมีวันที่ หลักสูตร และผู้จัดอบรม</translation>
    </message>
    <message>
        <source>Training {number}: the course is missing.</source>
        <translation>การอบรมที่ {number}: ยังไม่ได้ระบุหลักสูตร</translation>
    </message>
    <message>
        <source>Training {number}: who gave the course (the provider) is missing.</source>
        <translation>การอบรมที่ {number}: ยังไม่ได้ระบุผู้จัดอบรม</translation>
    </message>
    <message>
        <source>Training {number}: the {field} is longer than {limit} characters.</source>
        <translation>การอบรมที่ {number}: {field} ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Training {number}: the date is missing.</source>
        <translation>การอบรมที่ {number}: ยังไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>Training {number}: the date {date} is in the future; record a course once it has been completed.</source>
        <translation>การอบรมที่ {number}: วันที่ {date} ยังไม่ถึง โปรดบันทึกหลักสูตรเมื่ออบรมเสร็จแล้ว</translation>
    </message>
    <message>
        <source>The accreditation number is longer than {limit} characters.</source>
        <translation>เลขที่การรับรองยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation (its number and expiry date need it).</source>
        <translation>โปรดระบุหน่วยงานที่ให้การรับรอง (เลขที่และวันหมดอายุต้องมีหน่วยงานกำกับ)</translation>
    </message>
    <message>
        <source>The accrediting body&apos;s name is longer than {limit} characters.</source>
        <translation>ชื่อหน่วยงานที่ให้การรับรองยาวเกิน {limit} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Interpreter training</source>
        <translation>การอบรมล่าม</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ผู้จัดอบรม</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>ประวัติการอบรม</translation>
    </message>
    <message>
        <source>Date the course was completed</source>
        <translation>วันที่จบหลักสูตร</translation>
    </message>
    <message>
        <source>Provider (who gave the course)</source>
        <translation>ผู้จัดอบรม (หน่วยงานที่สอน)</translation>
    </message>
    <message>
        <source>Add &amp;training</source>
        <translation>เพิ่มการอบรม (&amp;T)</translation>
    </message>
    <message>
        <source>Remove selected training</source>
        <translation>ลบการอบรมที่เลือก</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <source>Accrediting &amp;body</source>
        <translation>หน่วยงานที่รับรอง (&amp;B)</translation>
    </message>
    <message>
        <source>Accreditation n&amp;umber</source>
        <translation>เลขที่การรับรอง (&amp;U)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Accrediting body</source>
        <translation>หน่วยงานที่รับรอง</translation>
    </message>
    <message>
        <source>Accreditation number</source>
        <translation>เลขที่การรับรอง</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>การรับรองใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Name the body that gave the accreditation: its number and expiry date need it.</source>
        <translation>โปรดระบุหน่วยงานที่ให้การรับรอง เลขที่และวันหมดอายุต้องมีหน่วยงานกำกับ</translation>
    </message>
    <message>
        <source>A training record is typed but not added: press “Add training” or clear it.</source>
        <translation>มีการอบรมที่พิมพ์ไว้แต่ยังไม่ได้เพิ่ม กด “เพิ่มการอบรม” หรือลบข้อความออก</translation>
    </message>
    <message>
        <source>Type the course before adding the training.</source>
        <translation>พิมพ์ชื่อหลักสูตรก่อนเพิ่มการอบรม</translation>
    </message>
    <message>
        <source>Type who gave the course (the provider).</source>
        <translation>พิมพ์ชื่อผู้จัดอบรม</translation>
    </message>
    <message>
        <source>The training date is in the future: record a course once it has been completed.</source>
        <translation>วันที่อบรมเป็นวันในอนาคต ให้บันทึกหลักสูตรเมื่ออบรมจบแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุแล้ว</translation>
    </message>
</context>
<context>
    <name>DirectoryErrors</name>
    <message>
        <source>An establishment needs a name.</source>
        <translation>สถานประกอบการต้องมีชื่อ</translation>
    </message>
    <message>
        <source>{code} is not a province code.</source>
        <translation>{code} ไม่ใช่รหัสจังหวัด</translation>
    </message>
    <message>
        <source>{code} is not a district of province {province}.</source>
        <translation>{code} ไม่ใช่อำเภอในจังหวัด {province}</translation>
    </message>
    <message>
        <source>{code} is not a subdistrict of district {district}.</source>
        <translation>{code} ไม่ใช่ตำบลในอำเภอ {district}</translation>
    </message>
    <message>
        <source>An establishment needs its province.</source>
        <translation>สถานประกอบการต้องระบุจังหวัด</translation>
    </message>
    <message>
        <source>A language coordinator needs a name.</source>
        <translation>ล่ามต้องมีชื่อ</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Change a document</source>
        <translation>แก้ไขเอกสาร</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>ผู้ถือเอกสาร</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่เอกสาร</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>สถานะใบอนุญาต</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>แสดงเลขที่เอกสาร</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>หมดอายุวันที่</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>ตามที่พิมพ์ไว้ในเอกสาร</translation>
    </message>
    <message>
        <source>e.g. seen at the broker&apos;s office</source>
        <translation>เช่น พบที่สำนักงานของนายหน้า</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The note may hold at most %1 characters.</source>
        <translation>หมายเหตุยาวได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>A document number must be text.</source>
        <translation>เลขที่เอกสารต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>A document number holds letters and digits (spaces, &apos;-&apos;, &apos;/&apos; and &apos;.&apos; allowed), at most {limit} characters.</source>
        <translation>เลขที่เอกสารประกอบด้วยตัวอักษรและตัวเลข (ใช้ช่องว่าง &apos;-&apos; &apos;/&apos; และ &apos;.&apos; ได้) ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>A document&apos;s note may hold at most {limit} characters.</source>
        <translation>หมายเหตุของเอกสารยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>That document belongs to another interview.</source>
        <translation>เอกสารนั้นเป็นของการสัมภาษณ์อื่น</translation>
    </message>
    <message>
        <source>A worker document needs its type: {types}.</source>
        <translation>เอกสารของลูกจ้างต้องระบุประเภท: {types}</translation>
    </message>
    <message>
        <source>A worker document needs its type.</source>
        <translation>เอกสารของลูกจ้างต้องระบุประเภท</translation>
    </message>
    <message>
        <source>Each document needs its type.</source>
        <translation>เอกสารแต่ละฉบับต้องระบุประเภท</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>การขึ้นทะเบียนประกันสังคม</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Change the document</source>
        <translation>แก้ไขเอกสาร</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the document (recorded in error)</source>
        <translation>ลบเอกสาร (บันทึกผิดพลาด)</translation>
    </message>
    <message>
        <source>The worker&apos;s documents</source>
        <translation>เอกสารของลูกจ้าง</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents held by the employer or a broker: retention of identity documents is a forced-labour indicator.</source>
        <translation>
            <numerusform>⚠ นายจ้างหรือนายหน้าถือเอกสารไว้ %n ฉบับ: การยึดเอกสารประจำตัวเป็นตัวบ่งชี้แรงงานบังคับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n documents expired.</source>
        <translation>
            <numerusform>⚠ เอกสารหมดอายุแล้ว %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>ลบเอกสาร</translation>
    </message>
    <message>
        <source>Remove %1 from this interview? Do this only for a document recorded in error.</source>
        <translation>ลบ%1ออกจากการสัมภาษณ์นี้หรือไม่ ทำเฉพาะเมื่อบันทึกเอกสารผิดพลาดเท่านั้น</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>ผู้ถือ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>ใบอนุญาต</translation>
    </message>
    <message>
        <source>Held by someone other than the worker: retention of identity documents is a forced-labour indicator.</source>
        <translation>ผู้อื่นที่ไม่ใช่ลูกจ้างถือเอกสารไว้: การยึดเอกสารประจำตัวเป็นตัวบ่งชี้แรงงานบังคับ</translation>
    </message>
    <message>
        <source>Only the last characters are shown. The number is sealed before it leaves this laptop.</source>
        <translation>แสดงเฉพาะตัวอักษรท้าย เลขที่เอกสารจะถูกปิดผนึกก่อนออกจากเครื่องนี้</translation>
    </message>
    <message>
        <source>⚠ %1: retained</source>
        <translation>⚠ %1: ยึดไว้</translation>
    </message>
    <message>
        <source>⚠ %1: expired</source>
        <translation>⚠ %1: หมดอายุแล้ว</translation>
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
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการตรวจ</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>การสัมภาษณ์</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>บันทึกของล่าม</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>This inspection is no longer on this laptop.</source>
        <translation>การตรวจนี้ไม่อยู่ในเครื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>Returned by the supervisor: %1</source>
        <translation>ผู้บังคับบัญชาส่งกลับแก้ไข: %1</translation>
    </message>
    <message>
        <source>This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign this revision again.</source>
        <translation>นี่คือฉบับที่ %1 ฉบับที่ %2 ลงนามแล้วและเก็บรักษาไว้โดยไม่มีการเปลี่ยนแปลง โปรดบันทึกฉบับนี้ให้ครบถ้วนและลงนามอีกครั้ง</translation>
    </message>
    <message>
        <source>Signed and frozen. Any change starts a new revision.</source>
        <translation>ลงนามแล้วและล็อกไว้ การแก้ไขใดๆ จะเริ่มเป็นฉบับใหม่</translation>
    </message>
    <message>
        <source>Not saved: check the date</source>
        <translation>ยังไม่ได้บันทึก: ตรวจดูวันที่</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>ตรวจผลการแก้ไข</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>แฟ้มสถานประกอบการ</translation>
    </message>
    <message>
        <source>Every visit of this workplace, open findings, repeated violations and the workforce over time</source>
        <translation>การตรวจทุกครั้งของสถานที่ทำงานนี้ ข้อค้นพบที่ยังค้างอยู่ การกระทำผิดซ้ำ และจำนวนลูกจ้างในแต่ละช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>saving</source>
        <translation>การบันทึก</translation>
    </message>
    <message>
        <source>The disk is full ({what}); free some space and try again. Nothing was lost: everything saved before is intact.</source>
        <translation>ดิสก์เต็ม ({what}) โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ไม่มีข้อมูลสูญหาย ทุกอย่างที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ</translation>
    </message>
    <message>
        <source>Could not finish {what}: {reason}.</source>
        <translation>{what} ไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what} ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed} (got {value}).</source>
        <translation>{what} ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed} (ได้รับ {value})</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>ไม่พบ{what}รหัส {id}</translation>
    </message>
    <message>
        <source>{what} must be a whole number (got {value}).</source>
        <translation>{what} ต้องเป็นจำนวนเต็ม (ได้รับ {value})</translation>
    </message>
    <message>
        <source>{what} must be a date as YYYY-MM-DD (got {value}).</source>
        <translation>{what} ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD (ได้รับ {value})</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what} ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>การบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid Unicode (a lone surrogate), which cannot be stored or sent to HQ; nothing was saved. Type or paste it again.</source>
        <translation>ข้อความมีอักขระที่ไม่ใช่ยูนิโค้ดที่ถูกต้อง (surrogate เดี่ยว) จึงบันทึกหรือส่งไปยังส่วนกลางไม่ได้ ยังไม่ได้บันทึกสิ่งใด โปรดพิมพ์หรือวางข้อความใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The {field} of this {record}{part} holds {what}, which cannot be stored or sent to HQ; nothing was saved. Type or paste the text again without it.</source>
        <translation>{field}ของ{record}นี้{part}มี{what} ซึ่งบันทึกหรือส่งไปยังส่วนกลางไม่ได้ ยังไม่ได้บันทึกสิ่งใด โปรดพิมพ์หรือวางข้อความใหม่โดยไม่มีอักขระนั้น</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Edit establishment</source>
        <translation>แก้ไขข้อมูลสถานประกอบการ</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>เพิ่มสถานประกอบการใหม่</translation>
    </message>
    <message>
        <source>Name in Thai</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>เลขที่บัญชีประกันสังคม</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ประเภทกิจการ</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>ชื่อนายจ้าง</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>e.g. 16.7132</source>
        <translation>เช่น 16.7132</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>e.g. 98.5749</source>
        <translation>เช่น 98.5749</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>อายุต่ำกว่า 18 ปี</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Name (&amp;Thai)</source>
        <translation>ชื่อ (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation>เลขทะเบียน (&amp;R)</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>เลขที่บัญชีประกันสังคม</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>ประเภทกิจการ (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>นายจ้าง (&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ที่อยู่ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;GPS (optional)</source>
        <translation>GPS (ไม่บังคับ) (&amp;G)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ลูกจ้าง</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>หญิง (&amp;W)</translation>
    </message>
    <message>
        <source>Me&amp;n</source>
        <translation>ชาย (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>อายุต่ำกว่า 18 ปี (&amp;U)</translation>
    </message>
    <message>
        <source>By nationality:</source>
        <translation>แยกตามสัญชาติ:</translation>
    </message>
    <message>
        <source>This establishment no longer exists.</source>
        <translation>ไม่พบข้อมูลสถานประกอบการนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>The province you typed is not in the list; choose one of the suggestions.</source>
        <translation>จังหวัดที่พิมพ์ไม่มีอยู่ในรายการ โปรดเลือกจากรายการที่แนะนำ</translation>
    </message>
    <message>
        <source>The district you typed is not in the list; choose one of the suggestions.</source>
        <translation>อำเภอที่พิมพ์ไม่มีอยู่ในรายการ โปรดเลือกจากรายการที่แนะนำ</translation>
    </message>
    <message>
        <source>The subdistrict you typed is not in the list; choose one of the suggestions.</source>
        <translation>ตำบลที่พิมพ์ไม่มีอยู่ในรายการ โปรดเลือกจากรายการที่แนะนำ</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>กรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างไว้ทั้งสองช่อง</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 and longitude between -180 and 180.</source>
        <translation>ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 และลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180</translation>
    </message>
    <message>
        <source>There cannot be more workers under 18 than workers in total.</source>
        <translation>จำนวนลูกจ้างอายุต่ำกว่า 18 ปีต้องไม่มากกว่าจำนวนลูกจ้างทั้งหมด</translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more problems: see the fields marked in red.</source>
        <translation>
            <numerusform>%1 และยังมีปัญหาอีก %n รายการ ดูช่องที่ทำเครื่องหมายสีแดง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentFileWindow</name>
    <message>
        <source>Establishment file</source>
        <translation>แฟ้มสถานประกอบการ</translation>
    </message>
    <message>
        <source>Establishment file — %1</source>
        <translation>แฟ้มสถานประกอบการ — %1</translation>
    </message>
    <message>
        <source>Registration no. %1</source>
        <translation>เลขทะเบียน %1</translation>
    </message>
    <message>
        <source>Social Security no. %1</source>
        <translation>เลขที่บัญชีประกันสังคม %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ counts %n records made on other laptops as this same workplace; their visits are listed here without any sealed content.</source>
        <translation>
            <numerusform>ส่วนกลางนับว่าระเบียน %n รายการที่บันทึกในแล็ปท็อปเครื่องอื่นเป็นสถานที่ทำงานเดียวกันนี้ การตรวจของระเบียนเหล่านั้นแสดงไว้ที่นี่โดยไม่มีเนื้อหาที่ปิดผนึก</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has no record of this workplace yet: what is shown comes from HQ.</source>
        <translation>แล็ปท็อปเครื่องนี้ยังไม่มีระเบียนของสถานที่ทำงานนี้ ข้อมูลที่แสดงมาจากส่วนกลาง</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n), newest first</source>
        <translation>
            <numerusform>การตรวจ (%n) ล่าสุดก่อน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open findings (%n)</source>
        <translation>
            <numerusform>ข้อค้นพบที่ยังค้างอยู่ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>เกินกำหนด %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated violations: the same item cited at two or more visits (%n)</source>
        <translation>
            <numerusform>การกระทำผิดซ้ำ: ข้อเดียวกันถูกระบุในการตรวจตั้งแต่สองครั้งขึ้นไป (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workforce and nationality mix over time</source>
        <translation>จำนวนลูกจ้างและสัดส่วนสัญชาติในแต่ละช่วงเวลา</translation>
    </message>
    <message>
        <source>No visit is recorded yet.</source>
        <translation>ยังไม่มีการบันทึกการตรวจ</translation>
    </message>
    <message>
        <source>No finding is open.</source>
        <translation>ไม่มีข้อค้นพบที่ค้างอยู่</translation>
    </message>
    <message>
        <source>No checklist item has been cited at more than one visit.</source>
        <translation>ไม่มีข้อในรายการตรวจที่ถูกระบุในการตรวจมากกว่าหนึ่งครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat document retention (found by HQ): workers&apos; documents (%1) held by the employer at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ การยึดเอกสารซ้ำ (พบโดยส่วนกลาง): นายจ้างถือเอกสารของลูกจ้าง (%1) ไว้ในการตรวจ %n ครั้ง: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message numerus="yes">
        <source>⚠ HQ flag %1 at %n visits: %2.</source>
        <translation>
            <numerusform>⚠ ส่วนกลางแจ้งเตือน %1 ในการตรวจ %n ครั้ง: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Last S1 finding (possible forced labour, trafficking or child labour): %1 — visit %2 on %3; now: %4.</source>
        <translation>ข้อค้นพบ S1 ล่าสุด (อาจเป็นแรงงานบังคับ การค้ามนุษย์ หรือแรงงานเด็ก): %1 — การตรวจ %2 วันที่ %3 สถานะปัจจุบัน: %4</translation>
    </message>
    <message>
        <source>Last verified: %1.</source>
        <translation>ตรวจผลครั้งล่าสุด: %1</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>เปิดการตรวจ</translation>
    </message>
    <message>
        <source>Visits recorded on other laptops are shown here only: HQ keeps them.</source>
        <translation>การตรวจที่บันทึกในแล็ปท็อปเครื่องอื่นแสดงไว้ที่นี่เท่านั้น ส่วนกลางเป็นผู้เก็บรักษา</translation>
    </message>
    <message>
        <source>Start a follow-up of this visit…</source>
        <translation>เริ่มการตรวจติดตามของการตรวจครั้งนี้…</translation>
    </message>
    <message>
        <source>A new visit of this workplace that verifies the open findings of the chosen visit, wherever it was recorded.</source>
        <translation>การเข้าตรวจครั้งใหม่ที่สถานประกอบการนี้ เพื่อตรวจสอบข้อพบที่ยังค้างของการตรวจที่เลือก ไม่ว่าจะบันทึกไว้ที่เครื่องใด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>EstablishmentPicker</name>
    <message>
        <source>Type part of the name, employer or place</source>
        <translation>พิมพ์บางส่วนของชื่อ นายจ้าง หรือสถานที่</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ค้นหาสถานประกอบการ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>สถานประกอบการ</translation>
    </message>
</context>
<context>
    <name>EstablishmentStep</name>
    <message>
        <source>Establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Which workplace are you inspecting?</source>
        <translation>ท่านจะตรวจสถานประกอบการแห่งใด</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>สร้างใหม่… (&amp;C)</translation>
    </message>
    <message>
        <source>Create a new establishment</source>
        <translation>สร้างสถานประกอบการใหม่</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (อังกฤษ)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ประเภทกิจการ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ลูกจ้าง</translation>
    </message>
    <message>
        <source>Men: %1, women: %2, under 18: %3</source>
        <translation>ชาย: %1 หญิง: %2 อายุต่ำกว่า 18 ปี: %3</translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Search name, employer, registration no. or place</source>
        <translation>ค้นหาชื่อ นายจ้าง เลขทะเบียน หรือสถานที่</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>ค้นหาสถานประกอบการ</translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation>เพิ่มสถานประกอบการใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>New establishment</source>
        <translation>เพิ่มสถานประกอบการใหม่</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>แก้ไขข้อมูลสถานประกอบการ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishments</source>
        <translation>
            <numerusform>สถานประกอบการ %Ln แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>แสดง %1 จาก %2</translation>
    </message>
    <message>
        <source>Administrative areas: %1</source>
        <translation>เขตการปกครอง: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>course</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>ผู้จัดอบรม</translation>
    </message>
    <message>
        <source>Training {number}: the date</source>
        <translation>การอบรมที่ {number}: วันที่</translation>
    </message>
    <message>
        <source>Accreditation valid until</source>
        <translation>การรับรองใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Male workers</source>
        <translation>ลูกจ้างชาย</translation>
    </message>
    <message>
        <source>Female workers</source>
        <translation>ลูกจ้างหญิง</translation>
    </message>
    <message>
        <source>Workers under 18</source>
        <translation>ลูกจ้างอายุต่ำกว่า 18 ปี</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ประเภทกิจการ</translation>
    </message>
    <message>
        <source>Declaration date</source>
        <translation>วันที่แถลง</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ประเภทเอกสาร</translation>
    </message>
    <message>
        <source>Document holder</source>
        <translation>ผู้ถือเอกสาร</translation>
    </message>
    <message>
        <source>Permit status</source>
        <translation>สถานะใบอนุญาต</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>สถานะของข้อค้นพบ</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>หน่วยงานที่ส่งต่อ</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ลูกจ้างที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>วันที่ตรวจติดตาม</translation>
    </message>
    <message>
        <source>Workers of nationality {code}</source>
        <translation>ลูกจ้างสัญชาติ {code}</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Signature role</source>
        <translation>ฐานะของผู้ลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ช่วงอายุ</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>ช่องทางการเข้ามาทำงาน</translation>
    </message>
    <message>
        <source>Social Security registration</source>
        <translation>การขึ้นทะเบียนประกันสังคม</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Forced-labour indicator</source>
        <translation>ตัวบ่งชี้การบังคับใช้แรงงาน</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>ชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>โทรศัพท์ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>เลขที่คดี</translation>
    </message>
    <message>
        <source>contact notes</source>
        <translation>บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>หน่วยงานผู้รับ</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>วันที่ส่งต่อ</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>สถานะการส่งต่อ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>district</source>
        <translation>อำเภอ</translation>
    </message>
</context>
<context>
    <name>FindingErrors</name>
    <message>
        <source>A finding needs a title, in Thai or in English.</source>
        <translation>ข้อค้นพบต้องมีหัวข้อ เป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>A finding needs a severity (S1–S4).</source>
        <translation>ข้อค้นพบต้องระบุระดับความรุนแรง (S1–S4)</translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Open</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>ดำเนินคดีแล้ว</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Legal basis</source>
        <translation>ข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>ลูกจ้างที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Finding (Thai)</source>
        <translation>ข้อค้นพบ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Finding (English)</source>
        <translation>ข้อค้นพบ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Description (Thai)</source>
        <translation>รายละเอียด (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>รายละเอียด (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Required action (Thai)</source>
        <translation>สิ่งที่ต้องดำเนินการ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Required action (English)</source>
        <translation>สิ่งที่ต้องดำเนินการ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>ข้อค้นพบใหม่</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>อ้างอิงกฎหมาย</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>มีกำหนดเวลา</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>ส่งต่อไปยัง%1: %2</translation>
    </message>
    <message>
        <source>The referral record is being made…</source>
        <translation>กำลังสร้างบันทึกการส่งต่อ…</translation>
    </message>
    <message>
        <source>No referral record to %1 yet.</source>
        <translation>ยังไม่มีบันทึกการส่งต่อไปยัง%1</translation>
    </message>
    <message>
        <source>S1: protect the workers and refer them. Choose the receiving body under Referral: a referral record is made, to follow on the Referrals page.</source>
        <translation>S1: คุ้มครองลูกจ้างและส่งต่อ เลือกหน่วยงานที่รับเรื่องในช่อง การส่งต่อ แล้วระบบจะสร้างบันทึกการส่งต่อให้ติดตามได้ในหน้า การส่งต่อ</translation>
    </message>
    <message>
        <source>Make the referral record</source>
        <translation>สร้างบันทึกการส่งต่อ</translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation>เปิดการส่งต่อ…</translation>
    </message>
    <message>
        <source>Open a referral</source>
        <translation>เปิดการส่งต่อ</translation>
    </message>
    <message>
        <source>The checklist answer for %1 shows no violation now, yet this finding stands. Correct the answer on the Checklist tab, or set this finding&apos;s status (Dismissed if it does not hold).</source>
        <translation>คำตอบในรายการตรวจ %1 ไม่แสดงการฝ่าฝืนแล้ว แต่ข้อค้นพบนี้ยังคงอยู่ โปรดแก้คำตอบในแท็บรายการตรวจ หรือกำหนดสถานะของข้อค้นพบนี้ (ยกเลิกแล้ว หากข้อค้นพบนี้ไม่เป็นจริง)</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>required action</source>
        <translation>สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Written in Thai only: %1.</source>
        <translation>เขียนเป็นภาษาไทยเท่านั้น: %1</translation>
    </message>
    <message>
        <source>Written in English only: %1.</source>
        <translation>เขียนเป็นภาษาอังกฤษเท่านั้น: %1</translation>
    </message>
    <message>
        <source>Reports print such a text as written and mark it as written in one language.</source>
        <translation>รายงานจะพิมพ์ข้อความดังกล่าวตามที่เขียน และระบุว่าเขียนไว้เพียงภาษาเดียว</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ผลการตรวจติดตามล่าสุด</translation>
    </message>
    <message>
        <source>Not verified at a follow-up visit yet.</source>
        <translation>ยังไม่ได้ตรวจผลในการตรวจติดตาม</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Field Inspector</source>
        <translation>ตั้งค่า Field Inspector</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this laptop with your passphrase. It cannot be recovered if forgotten: HQ keeps what you have synced.</source>
        <translation>ข้อมูลทั้งหมดที่ท่านบันทึกจะถูกเข้ารหัสไว้ในเครื่องนี้ด้วยวลีรหัสผ่านของท่าน หากลืมวลีรหัสผ่านจะกู้คืนไม่ได้ ทั้งนี้ข้อมูลส่วนที่ซิงค์แล้วยังเก็บไว้ที่ส่วนกลาง</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>ชื่อผู้ใช้ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>ชื่อ-นามสกุล (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>วลีรหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>พิมพ์อีกครั้ง (&amp;R)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Creating the encrypted data store…</source>
        <translation>กำลังสร้างที่เก็บข้อมูลที่เข้ารหัส…</translation>
    </message>
</context>
<context>
    <name>FollowUpErrors</name>
    <message>
        <source>A follow-up visit needs a visit date.</source>
        <translation>การตรวจติดตามต้องมีวันที่ตรวจ</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} on this laptop or published by HQ.</source>
        <translation>ไม่พบการตรวจครั้งก่อนรหัส {id} ในเครื่องนี้หรือที่ส่วนกลางเผยแพร่</translation>
    </message>
    <message>
        <source>A follow-up is recorded against the same establishment as the earlier visit.</source>
        <translation>การตรวจติดตามต้องบันทึกกับสถานประกอบการเดียวกับการตรวจครั้งก่อน</translation>
    </message>
    <message>
        <source>No base checklist is loaded on this laptop to start the follow-up with.</source>
        <translation>ไม่มีรายการตรวจหลักในเครื่องนี้สำหรับเริ่มการตรวจติดตาม</translation>
    </message>
    <message>
        <source>No establishment with id {id}.</source>
        <translation>ไม่พบสถานประกอบการรหัส {id}</translation>
    </message>
    <message>
        <source>HQ does not count that establishment as the workplace of the earlier visit; choose the one HQ lists, or let the app make the record.</source>
        <translation>ส่วนกลางไม่ได้ถือว่าสถานประกอบการนั้นเป็นสถานที่ทำงานของการตรวจครั้งก่อน โปรดเลือกแห่งที่ส่วนกลางระบุ หรือให้โปรแกรมสร้างข้อมูลให้</translation>
    </message>
    <message>
        <source>HQ has not described the workplace of this visit yet; sync, then try again.</source>
        <translation>ส่วนกลางยังไม่ได้ส่งรายละเอียดสถานที่ทำงานของการตรวจนี้ โปรดซิงค์ข้อมูลแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>A verification&apos;s outcome is one of {allowed} (got {value}).</source>
        <translation>ผลการตรวจสอบต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed} (ได้รับ {value})</translation>
    </message>
    <message>
        <source>A verification note may hold at most {limit} characters.</source>
        <translation>บันทึกการตรวจสอบยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Evidence for a verification must be attached to the follow-up visit.</source>
        <translation>หลักฐานของการตรวจสอบต้องแนบไว้กับการตรวจติดตาม</translation>
    </message>
    <message>
        <source>No inspection with id {id} on this laptop or published by HQ.</source>
        <translation>ไม่พบการตรวจรหัส {id} ในเครื่องนี้หรือที่ส่วนกลางเผยแพร่</translation>
    </message>
    <message>
        <source>Look ahead {low} to {high} days.</source>
        <translation>ดูล่วงหน้าได้ {low} ถึง {high} วัน</translation>
    </message>
    <message>
        <source>A district is a four-digit DOPA code, e.g. 6306 for Mae Sot (got {value}).</source>
        <translation>อำเภอต้องเป็นรหัสกรมการปกครอง 4 หลัก เช่น 6306 คืออำเภอแม่สอด (ได้รับ {value})</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>OVERDUE by %Ln days</source>
        <translation>
            <numerusform>เกินกำหนด %Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln days</source>
        <translation>
            <numerusform>ครบกำหนดในอีก %Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Another laptop (from HQ)</source>
        <translation>แล็ปท็อปเครื่องอื่น (จากส่วนกลาง)</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>แล็ปท็อปเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>ทุกอำเภอ</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>กรองตามอำเภอ</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>เฉพาะที่เกินกำหนด</translation>
    </message>
    <message>
        <source>Look ahead (days):</source>
        <translation>ดูล่วงหน้า (วัน):</translation>
    </message>
    <message>
        <source>Look ahead, in days</source>
        <translation>ดูล่วงหน้า เป็นจำนวนวัน</translation>
    </message>
    <message>
        <source>Findings due and planned follow-up visits</source>
        <translation>ข้อค้นพบที่ถึงกำหนดและการตรวจติดตามที่วางแผนไว้</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>แฟ้มสถานประกอบการ</translation>
    </message>
    <message>
        <source>Nothing is due: no open finding has a deadline in this period, and no follow-up visit is planned.</source>
        <translation>ไม่มีงานที่ถึงกำหนด: ไม่มีข้อค้นพบที่ค้างอยู่ซึ่งมีกำหนดเวลาในช่วงนี้ และไม่มีการตรวจติดตามที่วางแผนไว้</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings due</source>
        <translation>
            <numerusform>ข้อค้นพบถึงกำหนด %Ln ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up visits</source>
        <translation>
            <numerusform>การตรวจติดตามที่วางแผนไว้ %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>เกินกำหนด %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the follow-up visit</source>
        <translation>เปิดการตรวจติดตาม</translation>
    </message>
    <message>
        <source>Start follow-up visit</source>
        <translation>เริ่มการตรวจติดตาม</translation>
    </message>
    <message>
        <source>Could not start the follow-up visit: %1</source>
        <translation>เริ่มการตรวจติดตามไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>to be confirmed</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (edition %1)</source>
        <translation>คู่มือผู้ประสานงานด้านภาษา (ฉบับ %1)</translation>
    </message>
    <message>
        <source>Find a term in Thai, Burmese, Khmer, Lao or English</source>
        <translation>ค้นหาคำศัพท์ภาษาไทย พม่า เขมร ลาว หรืออังกฤษ</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ค้นหาในอภิธานศัพท์</translation>
    </message>
    <message>
        <source>Print or save booklet</source>
        <translation>พิมพ์หรือบันทึกเป็นเล่ม</translation>
    </message>
    <message>
        <source>Print or save the handbook as a booklet</source>
        <translation>พิมพ์หรือบันทึกคู่มือเป็นเล่มขนาดพกพา</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>จรรยาบรรณ</translation>
    </message>
    <message>
        <source>Interview safeguards</source>
        <translation>มาตรการคุ้มครองในการสัมภาษณ์</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>อภิธานศัพท์</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>คำศัพท์ในอภิธานศัพท์</translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n คำ</numerusform>
        </translation>
    </message>
    <message>
        <source>Burmese typed in Zawgyi was searched as Unicode.</source>
        <translation>ข้อความพม่าที่พิมพ์แบบ Zawgyi ถูกค้นหาเป็น Unicode</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>กำลังจัดทำเล่ม…</translation>
    </message>
</context>
<context>
    <name>InspectionErrors</name>
    <message>
        <source>Inspection {reference} is {status}; it cannot become {target}.</source>
        <translation>การตรวจ {reference} อยู่ในสถานะ {status} จึงเปลี่ยนเป็น {target} ไม่ได้</translation>
    </message>
    <message>
        <source>Inspection {reference} is approved and closed; record a follow-up visit instead.</source>
        <translation>การตรวจ {reference} ได้รับอนุมัติและปิดแล้ว โปรดบันทึกเป็นการตรวจติดตามแทน</translation>
    </message>
    <message>
        <source>The complaint source must be text.</source>
        <translation>แหล่งที่มาของคำร้องเรียนต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>The complaint source may hold at most {limit} characters.</source>
        <translation>แหล่งที่มาของคำร้องเรียนยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>An inspection needs a visit date.</source>
        <translation>การตรวจต้องมีวันที่ตรวจ</translation>
    </message>
    <message>
        <source>Template {code} is an add-on; start from a base checklist.</source>
        <translation>แบบรายการตรวจ {code} เป็นส่วนเสริม โปรดเริ่มจากรายการตรวจหลัก</translation>
    </message>
    <message>
        <source>No previous inspection with id {id} (on this laptop or published by HQ).</source>
        <translation>ไม่พบการตรวจครั้งก่อนรหัส {id} (ในเครื่องนี้หรือที่ส่วนกลางเผยแพร่)</translation>
    </message>
    <message>
        <source>Template {code} is a base checklist, not an add-on.</source>
        <translation>แบบรายการตรวจ {code} เป็นรายการตรวจหลัก ไม่ใช่ส่วนเสริม</translation>
    </message>
    <message>
        <source>No earlier visit with id {id} (on this laptop or published by HQ).</source>
        <translation>ไม่พบการตรวจครั้งก่อนรหัส {id} (ในเครื่องนี้หรือที่ส่วนกลางเผยแพร่)</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items} and {more} more.</source>
        <translation>ยังไม่ได้ตอบข้อที่ต้องตอบ {count} ข้อ: {items} และอีก {more} ข้อ</translation>
    </message>
    <message>
        <source>{count} required item is not answered yet: {items}.</source>
        <translation>ยังไม่ได้ตอบข้อที่ต้องตอบ {count} ข้อ: {items}</translation>
    </message>
    <message>
        <source>{count} required items are not answered yet: {items}.</source>
        <translation>ยังไม่ได้ตอบข้อที่ต้องตอบ {count} ข้อ: {items}</translation>
    </message>
    <message>
        <source>A finding is recorded for {items}, but the checklist answer shows no violation. Correct the answer, or set the finding&apos;s status on the Findings tab (Dismissed if it does not hold).</source>
        <translation>มีข้อค้นพบที่บันทึกไว้สำหรับ {items} แต่คำตอบในรายการตรวจไม่แสดงการฝ่าฝืน โปรดแก้คำตอบ หรือกำหนดสถานะของข้อค้นพบในแท็บข้อค้นพบ (ยกเลิกแล้ว หากข้อค้นพบนั้นไม่เป็นจริง)</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>ลายมือชื่อต้องมีชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation>ลายมือชื่อต้องเป็นภาพ PNG</translation>
    </message>
    <message>
        <source>Complete inspection {reference} before it is signed (it is {status}).</source>
        <translation>โปรดทำการตรวจ {reference} ให้เสร็จก่อนลงลายมือชื่อ (ขณะนี้อยู่ในสถานะ {status})</translation>
    </message>
    <message>
        <source>Revision {revision} already has the {role}&apos;s signature.</source>
        <translation>ฉบับที่ {revision} มีลายมือชื่อของ{role}แล้ว</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>%1 r%2</source>
        <comment>an inspection&apos;s reference and its revision number</comment>
        <translation>%1 ฉบับที่ %2</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Search establishment, reference or district</source>
        <translation>ค้นหาสถานประกอบการ เลขที่อ้างอิง หรืออำเภอ</translation>
    </message>
    <message>
        <source>Search inspections</source>
        <translation>ค้นหาการตรวจ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>กรองตามสถานะ</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>ทุกประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Visit type filter</source>
        <translation>กรองตามประเภทการตรวจ</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>Province filter</source>
        <translation>กรองตามจังหวัด</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>ตรวจตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>ตรวจถึงวันที่</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>สร้างการตรวจใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>สร้างการตรวจใหม่</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>รายงานสรุป…</translation>
    </message>
    <message>
        <source>Summary report for a province or district</source>
        <translation>รายงานสรุประดับจังหวัดหรืออำเภอ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Establishment file</source>
        <translation>แฟ้มสถานประกอบการ</translation>
    </message>
    <message>
        <source>Establishment file of the selected inspection</source>
        <translation>แฟ้มสถานประกอบการของการตรวจที่เลือก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>InterpreterNotesTab</name>
    <message>
        <source>Coordinator</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จากภาษา</translation>
    </message>
    <message>
        <source>To</source>
        <translation>เป็นภาษา</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>ต้นฉบับ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>คำแปล</translation>
    </message>
    <message>
        <source>Interpreter notes</source>
        <translation>บันทึกของล่าม</translation>
    </message>
    <message>
        <source>Add as new note</source>
        <translation>เพิ่มเป็นบันทึกใหม่</translation>
    </message>
    <message>
        <source>No interpreter note yet. Write what was said and its translation below, then press “Add as new note”.</source>
        <translation>ยังไม่มีบันทึกของล่าม เขียนสิ่งที่พูดและคำแปลด้านล่าง แล้วกด “เพิ่มเป็นบันทึกใหม่”</translation>
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
        <translation>บันทึกของล่ามต้องมีข้อความต้นฉบับ</translation>
    </message>
    <message>
        <source>Age must be below 100.</source>
        <translation>อายุต้องน้อยกว่า 100</translation>
    </message>
    <message>
        <source>Daily wage must be a number (got {value}).</source>
        <translation>ค่าจ้างรายวันต้องเป็นตัวเลข (ได้รับ {value})</translation>
    </message>
    <message>
        <source>Interview notes can be recorded only after the worker has consented and the interview is private with the employer absent.</source>
        <translation>บันทึกการสัมภาษณ์ได้ก็ต่อเมื่อลูกจ้างให้ความยินยอมแล้ว และสัมภาษณ์เป็นการส่วนตัวโดยไม่มีนายจ้างอยู่ด้วย</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Burmese</source>
        <translation>พม่า</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>เขมร</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>กะเหรี่ยง</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ไทใหญ่</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>มอญ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>MOU recruitment</source>
        <translation>นำเข้าตาม MOU</translation>
    </message>
    <message>
        <source>Border pass (s.64)</source>
        <translation>บัตรผ่านแดน (ม.64)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>การจดทะเบียน</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>ไม่มีเอกสารถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>Certificate of Identity</source>
        <translation>เอกสารรับรองบุคคล (CI)</translation>
    </message>
    <message>
        <source>Pink card</source>
        <translation>บัตรสีชมพู</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ใบอนุญาตทำงาน</translation>
    </message>
    <message>
        <source>Seabook</source>
        <translation>หนังสือคนประจำเรือ (Seabook)</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>ลูกจ้างเอง</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>นายจ้าง</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>นายหน้า</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>ไม่มีผู้ใดถือ</translation>
    </message>
    <message>
        <source>Abuse of vulnerability</source>
        <translation>การแสวงประโยชน์จากความเปราะบาง</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>การหลอกลวง</translation>
    </message>
    <message>
        <source>Restriction of movement</source>
        <translation>การจำกัดเสรีภาพในการเดินทาง</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>การแยกให้อยู่โดดเดี่ยว</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>ความรุนแรงทางร่างกายหรือทางเพศ</translation>
    </message>
    <message>
        <source>Intimidation and threats</source>
        <translation>การข่มขู่และคุกคาม</translation>
    </message>
    <message>
        <source>Retention of identity documents</source>
        <translation>การยึดเอกสารประจำตัว</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <translation>การกักค่าจ้าง</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>การใช้หนี้เป็นเครื่องผูกมัด</translation>
    </message>
    <message>
        <source>Abusive working and living conditions</source>
        <translation>สภาพการทำงานและความเป็นอยู่ที่ย่ำแย่</translation>
    </message>
    <message>
        <source>Excessive overtime</source>
        <translation>การทำงานล่วงเวลามากเกินควร</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New interview</source>
        <translation>การสัมภาษณ์ใหม่</translation>
    </message>
    <message>
        <source>No interview recorded yet. Press “New interview” to record one; its form opens beside this list.</source>
        <translation>ยังไม่มีการสัมภาษณ์ที่บันทึกไว้ กด “การสัมภาษณ์ใหม่” เพื่อบันทึก แบบฟอร์มจะเปิดข้างรายการนี้</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>การสัมภาษณ์</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>รหัสลูกจ้าง</translation>
    </message>
    <message>
        <source>Name (never printed)</source>
        <translation>ชื่อ (ไม่พิมพ์ลงเอกสาร)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>ช่องทางการเข้ามาทำงาน</translation>
    </message>
    <message>
        <source>Daily wage (THB)</source>
        <translation>ค่าจ้างรายวัน (บาท)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>The worker consents, knows they may stop at any time and limit sharing</source>
        <translation>ลูกจ้างยินยอม และทราบว่าหยุดได้ทุกเมื่อและจำกัดการเปิดเผยข้อมูลได้</translation>
    </message>
    <message>
        <source>Private place: nobody else can hear</source>
        <translation>สถานที่เป็นส่วนตัว: ไม่มีผู้อื่นได้ยิน</translation>
    </message>
    <message>
        <source>Employer, supervisor and broker are absent</source>
        <translation>นายจ้าง หัวหน้างาน และนายหน้า ไม่อยู่ในที่สัมภาษณ์</translation>
    </message>
    <message>
        <source>Notes can be typed only after all three confirmations.</source>
        <translation>พิมพ์บันทึกได้หลังจากยืนยันครบทั้งสามข้อแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>Forced-labour indicators observed</source>
        <translation>ตัวบ่งชี้แรงงานบังคับที่พบ</translation>
    </message>
    <message>
        <source>Notes in the worker&apos;s language</source>
        <translation>บันทึกเป็นภาษาของลูกจ้าง</translation>
    </message>
    <message>
        <source>Translation (Thai)</source>
        <translation>คำแปล (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>คำแปล</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{0} [English]</source>
        <translation>{0} [ภาษาอังกฤษ]</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Burmese</source>
        <translation>พม่า</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>เขมร</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Karen</source>
        <translation>กะเหรี่ยง</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation>ไทใหญ่</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>มอญ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Could not read this: %1</source>
        <translation>อ่านข้อมูลนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
</context>
<context>
    <name>LocalDateEdit</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 หรือ %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes only %2.</source>
        <translation>“%1” ไม่ได้บันทึก: ช่องนี้รับได้เฉพาะวันที่ %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 on.</source>
        <translation>“%1” ไม่ได้บันทึก: ช่องนี้รับวันที่ตั้งแต่ %2 เป็นต้นไป</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates up to %2.</source>
        <translation>“%1” ไม่ได้บันทึก: ช่องนี้รับวันที่ไม่เกิน %2</translation>
    </message>
    <message>
        <source>“%1” is not saved: this field takes dates from %2 to %3.</source>
        <translation>“%1” ไม่ได้บันทึก: ช่องนี้รับวันที่ตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>“%1” is not a date, so it was not saved. Write dates like %2.</source>
        <translation>“%1” ไม่ใช่วันที่ จึงไม่ได้บันทึก ให้พิมพ์วันที่ เช่น %2</translation>
    </message>
    <message>
        <source>Not a date yet, so not saved. Write it like %1.</source>
        <translation>ยังไม่ใช่วันที่ จึงยังไม่ได้บันทึก ให้พิมพ์ เช่น %1</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked. Enter the passphrase of %1 to continue.</source>
        <translation>ล็อกอยู่ ใส่วลีรหัสผ่านของ %1 เพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation>
            <numerusform>ใส่วลีรหัสผ่านผิดหลายครั้งเกินไป โปรดลองอีกครั้งใน %n วินาที</numerusform>
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
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>เมนูหลัก</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook (F1)</source>
        <translation>คู่มือล่าม (F1)</translation>
    </message>
    <message>
        <source>Coordinators&apos; handbook</source>
        <translation>คู่มือล่าม (ผู้ประสานงานด้านภาษา)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>รอซิงค์ข้อมูล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (USB)</source>
        <translation>ซิงค์ข้อมูลล่าสุด: %1 (USB)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ซิงค์ข้อมูลล่าสุด: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ยังไม่เคยซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Access revoked by HQ</source>
        <translation>ส่วนกลางเพิกถอนสิทธิ์การเข้าถึงแล้ว</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์ข้อมูล…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <source>The handbook cannot be opened: its data on this laptop is damaged. Reinstall the app or ask HQ for help, and give them this detail: %1</source>
        <translation>เปิดคู่มือไม่ได้ เพราะข้อมูลคู่มือในเครื่องนี้เสียหาย โปรดติดตั้งโปรแกรมใหม่หรือขอความช่วยเหลือจากส่วนกลาง และแจ้งรายละเอียดนี้: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost: everything saved before is intact, and your text is still in the form.</source>
        <translation>ดิสก์เต็ม โปรดลบไฟล์ที่ไม่ใช้เพื่อให้มีพื้นที่ว่าง แล้วลองอีกครั้ง ไม่มีข้อมูลสูญหาย ทุกอย่างที่บันทึกไว้ก่อนหน้ายังอยู่ครบ และข้อความที่พิมพ์ไว้ยังอยู่ในแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Could not save ({0}). Your text is still in the form; try again. Details are in the error log.</source>
        <translation>บันทึกไม่สำเร็จ ({0}) ข้อความที่พิมพ์ไว้ยังอยู่ในแบบฟอร์ม โปรดลองอีกครั้ง ดูรายละเอียดได้ในบันทึกข้อผิดพลาด</translation>
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
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <source>New inspection</source>
        <translation>สร้างการตรวจใหม่</translation>
    </message>
    <message>
        <source>Create &amp;inspection</source>
        <translation>สร้างการตรวจ (&amp;I)</translation>
    </message>
</context>
<context>
    <name>OpenFindingsModel</name>
    <message>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>เกินกำหนดหรือไม่</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>ผลการตรวจติดตามล่าสุด</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ไม่มีกำหนดเวลา</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Visit type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>อายุต่ำกว่า 18 ปี</translation>
    </message>
    <message>
        <source>From Myanmar</source>
        <translation>สัญชาติเมียนมา</translation>
    </message>
    <message>
        <source>From Cambodia</source>
        <translation>สัญชาติกัมพูชา</translation>
    </message>
    <message>
        <source>From Laos</source>
        <translation>สัญชาติลาว</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>สัญชาติไทย</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>สัญชาติอื่น</translation>
    </message>
    <message>
        <source>Complaint source</source>
        <translation>แหล่งที่มาของคำร้องเรียน</translation>
    </message>
    <message>
        <source>Who or what raised the complaint. Printed only in the confidential full report, never in the employer&apos;s notice.</source>
        <translation>ผู้ใดหรือสิ่งใดเป็นที่มาของคำร้องเรียน พิมพ์เฉพาะในรายงานฉบับเต็ม (ลับ) เท่านั้น ไม่ปรากฏในหนังสือแจ้งนายจ้างเด็ดขาด</translation>
    </message>
    <message>
        <source>The visit follows a complaint whose source must stay confidential</source>
        <translation>การเข้าตรวจครั้งนี้มาจากคำร้องเรียนที่ต้องปกปิดแหล่งที่มา</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>การเข้าตรวจ</translation>
    </message>
    <message>
        <source>Workforce seen on the day</source>
        <translation>ลูกจ้างที่พบในวันตรวจ</translation>
    </message>
</context>
<context>
    <name>PermitStatus</name>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Pending renewal</source>
        <translation>รอต่ออายุ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ถูกเพิกถอน</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>ไม่มีใบอนุญาต</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation>พิมพ์หรือเลือกจังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>อำเภอ (&amp;D)</translation>
    </message>
    <message>
        <source>Type or choose a district</source>
        <translation>พิมพ์หรือเลือกอำเภอ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Type or choose a subdistrict</source>
        <translation>พิมพ์หรือเลือกตำบล</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>จังหวัด (&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bdistrict</source>
        <translation>ตำบล (&amp;B)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>device</source>
        <translation>เครื่อง</translation>
    </message>
    <message>
        <source>language coordinator</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>แบบรายการตรวจ</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>ข้อในรายการตรวจ</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>checklist add-on of an inspection</source>
        <translation>ส่วนเสริมของรายการตรวจในการตรวจ</translation>
    </message>
    <message>
        <source>coordinator of an inspection</source>
        <translation>ล่ามของการตรวจ</translation>
    </message>
    <message>
        <source>signed revision</source>
        <translation>ฉบับที่ลงลายมือชื่อแล้ว</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>คำตอบในรายการตรวจ</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>การสัมภาษณ์</translation>
    </message>
    <message>
        <source>worker document</source>
        <translation>เอกสารของลูกจ้าง</translation>
    </message>
    <message>
        <source>interpreter note</source>
        <translation>บันทึกของล่าม</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>การตรวจสอบผล</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation>ทีมสหวิชาชีพ (MDT)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>ตำรวจ</translation>
    </message>
    <message>
        <source>Employment Department</source>
        <translation>กรมการจัดหางาน</translation>
    </message>
    <message>
        <source>Social Security Office</source>
        <translation>สำนักงานประกันสังคม</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Receiving body</source>
        <translation>หน่วยงานที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>วันที่ส่งต่อ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>เจ้าหน้าที่ผู้รับเรื่อง</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>โทรศัพท์เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Workers concerned (codes)</source>
        <translation>ลูกจ้างที่เกี่ยวข้อง (รหัส)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>บันทึกว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>บันทึกว่ารับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Day of the step</source>
        <translation>วันที่ของขั้นตอน</translation>
    </message>
    <message>
        <source>Given by the receiving body</source>
        <translation>ตามที่หน่วยงานที่รับเรื่องให้ไว้</translation>
    </message>
    <message>
        <source>What the receiving body did, or why it went no further</source>
        <translation>หน่วยงานที่รับเรื่องดำเนินการอะไร หรือเหตุใดเรื่องจึงไม่ดำเนินต่อ</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>พิมพ์แบบส่งต่อ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Use the stored text</source>
        <translation>ใช้ข้อความที่บันทึกไว้</translation>
    </message>
    <message>
        <source>This referral is no longer on this laptop.</source>
        <translation>การส่งต่อนี้ไม่อยู่ในเครื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>%1 (now stored: %2)</source>
        <translation>%1 (ที่บันทึกไว้ตอนนี้: %2)</translation>
    </message>
    <message>
        <source>Changed elsewhere (a sync or another window) while you were typing: %1. Your text is kept on screen and replaces it when you save.</source>
        <translation>มีการเปลี่ยนแปลงจากที่อื่น (การซิงค์หรือหน้าต่างอื่น) ระหว่างที่คุณพิมพ์: %1 ข้อความของคุณยังอยู่บนหน้าจอ และจะแทนที่ค่านั้นเมื่อคุณบันทึก</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>ปิดเรื่องการส่งต่อ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>การส่งต่อไปยัง%1</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(ไม่มีข้อค้นพบ)</translation>
    </message>
    <message>
        <source>%1 · %2, visit of %3 · %4</source>
        <translation>%1 · %2 ตรวจเมื่อ %3 · %4</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>วางแผน %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>ส่ง %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>รับเรื่อง %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ปิดเรื่อง %1</translation>
    </message>
    <message>
        <source>sent (day not recorded)</source>
        <translation>ส่งแล้ว (ไม่ได้บันทึกวันที่)</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>ขณะนี้: %1 (%2)</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>ปิดเรื่องโดยไม่ส่ง</translation>
    </message>
    <message>
        <source>This referral is closed. A new referral to another body starts from the finding.</source>
        <translation>การส่งต่อนี้ปิดเรื่องแล้ว การส่งต่อใหม่ไปยังหน่วยงานอื่นเริ่มจากข้อค้นพบ</translation>
    </message>
    <message>
        <source>Fixed once the referral is sent: to refer to another body, choose it on the finding and a new referral is made.</source>
        <translation>เปลี่ยนไม่ได้เมื่อส่งแล้ว หากจะส่งต่อไปยังหน่วยงานอื่น ให้เลือกที่ข้อค้นพบ แล้วระบบจะสร้างการส่งต่อใหม่</translation>
    </message>
    <message>
        <source>%1 (reported an indicator)</source>
        <translation>%1 (แจ้งตัวบ่งชี้)</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>ไม่เกิน %1 ตัวอักษร (ขณะนี้ %2)</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is stored.</source>
        <translation>ไม่มีอะไรต้องบันทึก: แบบฟอร์มแสดงข้อมูลที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Write the outcome before closing: what the receiving body did, or why the referral went no further.</source>
        <translation>เขียนผลการดำเนินการก่อนปิดเรื่อง: หน่วยงานที่รับเรื่องดำเนินการอะไร หรือเหตุใดการส่งต่อจึงไม่ดำเนินต่อ</translation>
    </message>
    <message>
        <source>Choose a day from %1 to today.</source>
        <translation>เลือกวันที่ตั้งแต่ %1 ถึงวันนี้</translation>
    </message>
</context>
<context>
    <name>ReferralErrors</name>
    <message>
        <source>The referral&apos;s {field} must be text.</source>
        <translation>{field}ของการส่งต่อต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>The referral&apos;s {field} may hold at most {limit} characters.</source>
        <translation>{field}ของการส่งต่อยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>A referral needs its receiving body: {bodies}.</source>
        <translation>การส่งต่อต้องระบุหน่วยงานผู้รับ: {bodies}</translation>
    </message>
    <message>
        <source>A referral needs the date it was decided.</source>
        <translation>การส่งต่อต้องมีวันที่ตัดสินใจส่งต่อ</translation>
    </message>
    <message>
        <source>{worker} is not a worker interviewed in this inspection; a referral names only the coded workers of its own inspection.</source>
        <translation>{worker} ไม่ใช่ลูกจ้างที่ได้สัมภาษณ์ในการตรวจนี้ การส่งต่อระบุได้เฉพาะลูกจ้าง (ตามรหัส) ของการตรวจเดียวกันเท่านั้น</translation>
    </message>
    <message>
        <source>The referral date ({referral_date}) is before the visit ({visit_date}).</source>
        <translation>วันที่ส่งต่อ ({referral_date}) อยู่ก่อนวันที่ตรวจ ({visit_date})</translation>
    </message>
    <message>
        <source>This referral was already {status}; its receiving body stays {body}. Record a new referral for another body.</source>
        <translation>การส่งต่อนี้อยู่ในสถานะ {status} แล้ว หน่วยงานผู้รับยังคงเป็น {body} โปรดบันทึกการส่งต่อใหม่สำหรับหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>nothing: it is closed</source>
        <translation>ไม่มีแล้ว เพราะปิดไปแล้ว</translation>
    </message>
    <message>
        <source>This referral is {status}; it can become {allowed}, not {target}.</source>
        <translation>การส่งต่อนี้อยู่ในสถานะ {status} เปลี่ยนเป็น {allowed} ได้ แต่เปลี่ยนเป็น {target} ไม่ได้</translation>
    </message>
    <message>
        <source>A referral cannot become {status} on {day}, before its earlier step ({earlier}).</source>
        <translation>การส่งต่อจะเป็น {status} ในวันที่ {day} ไม่ได้ เพราะอยู่ก่อนขั้นตอนก่อนหน้า ({earlier})</translation>
    </message>
    <message>
        <source>{day} is in the future; record the step on the day it happens.</source>
        <translation>{day} ยังไม่ถึง โปรดบันทึกขั้นตอนในวันที่เกิดขึ้นจริง</translation>
    </message>
    <message>
        <source>Closing a referral needs its outcome (what the receiving body did, or why it went no further).</source>
        <translation>การปิดการส่งต่อต้องระบุผลลัพธ์ (หน่วยงานผู้รับดำเนินการอย่างไร หรือเหตุใดจึงไม่ดำเนินการต่อ)</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>รับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเรื่องแล้ว</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>รับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>หน่วยงานที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ลูกจ้าง</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>การส่งต่อทั้งหมด</translation>
    </message>
    <message>
        <source>Open (planned, sent, accepted)</source>
        <translation>ยังไม่ปิด (วางแผน ส่งแล้ว รับเรื่องแล้ว)</translation>
    </message>
    <message>
        <source>Show referrals by status</source>
        <translation>แสดงการส่งต่อตามสถานะ</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translation>เปิดการส่งต่อ</translation>
    </message>
    <message>
        <source>Print referral form</source>
        <translation>พิมพ์แบบส่งต่อ</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>เปิดการตรวจ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals</source>
        <translation>
            <numerusform>การส่งต่อ %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedModel</name>
    <message>
        <source>Checklist item</source>
        <translation>ข้อในรายการตรวจ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Most serious</source>
        <translation>รุนแรงที่สุด</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>ถูกระบุ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>การตรวจ</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n ครั้ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>จัดทำรายงาน</translation>
    </message>
    <message>
        <source>Full inspection report (confidential)</source>
        <translation>รายงานผลการตรวจฉบับเต็ม (ลับ)</translation>
    </message>
    <message>
        <source>Notice to the employer</source>
        <translation>หนังสือแจ้งนายจ้าง</translation>
    </message>
    <message>
        <source>Information sheet for workers</source>
        <translation>เอกสารข้อมูลสำหรับลูกจ้าง</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <source>A summary needs a province (DOPA code or name).</source>
        <translation>รายงานสรุปต้องระบุจังหวัด (รหัสกรมการปกครองหรือชื่อ)</translation>
    </message>
    <message>
        <source>A summary needs a period: a start and an end date.</source>
        <translation>รายงานสรุปต้องมีช่วงเวลา: วันเริ่มต้นและวันสิ้นสุด</translation>
    </message>
    <message>
        <source>No inspection with id or reference {key} in this data store.</source>
        <translation>ไม่พบการตรวจรหัสหรือเลขที่ {key} ในที่เก็บข้อมูลนี้</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}. Its referrals: {referrals}.</source>
        <translation>การตรวจ {reference} ไม่มีการส่งต่อ {id} การส่งต่อที่มี: {referrals}</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral {id}.</source>
        <translation>การตรวจ {reference} ไม่มีการส่งต่อ {id}</translation>
    </message>
    <message>
        <source>Inspection {reference} has no referral: give a finding a referral target (or record a referral) first.</source>
        <translation>การตรวจ {reference} ยังไม่มีการส่งต่อ โปรดระบุหน่วยงานที่ส่งต่อให้ข้อค้นพบ (หรือบันทึกการส่งต่อ) ก่อน</translation>
    </message>
    <message>
        <source>Inspection {reference} has {count} referrals; choose one with --referral: {referrals}.</source>
        <translation>การตรวจ {reference} มีการส่งต่อ {count} รายการ โปรดเลือกหนึ่งรายการด้วย --referral: {referrals}</translation>
    </message>
    <message>
        <source>Unknown district {query} in province {province}: give its DOPA code or its name.</source>
        <translation>ไม่รู้จักอำเภอ {query} ในจังหวัด {province} โปรดระบุรหัสกรมการปกครองหรือชื่อ</translation>
    </message>
    <message>
        <source>Unknown {level} {query}: give its DOPA code or its name.</source>
        <translation>ไม่รู้จัก{level} {query} โปรดระบุรหัสกรมการปกครองหรือชื่อ</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>ช่วงเวลาเริ่มต้น ({start}) หลังวันสิ้นสุด ({end})</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview: {0}</source>
        <translation>ตัวอย่างรายงาน: {0}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>ตัวอย่างรายงาน</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>หน้ารายงาน</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>ปรับให้พอดีกับความกว้างหน้า</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>หน้าปัจจุบัน</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>บันทึกรายงานเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>ปิดหน้าตัวอย่าง</translation>
    </message>
    <message>
        <source>The report could not be shown; you can still save it.</source>
        <translation>ไม่สามารถแสดงรายงานได้ แต่ยังบันทึกรายงานได้</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>หน้า {0} จาก {1}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>ไม่สามารถเปิดเครื่องพิมพ์ได้ โปรดตรวจสอบว่าเครื่องพิมพ์เชื่อมต่ออยู่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>ไม่สามารถบันทึกรายงานไปที่ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ก่อสร้าง</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>ประมง</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>เกษตรกรรม</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>งานบ้าน</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System default</source>
        <translation>ตามค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>Language and documents</source>
        <translation>ภาษาและเอกสาร</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>การซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ภาษา (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>ล็อกเมื่อไม่มีการใช้งาน (&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>วลีรหัสผ่านใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านใหม่อีกครั้ง (&amp;R)</translation>
    </message>
    <message>
        <source>Longest &amp;side</source>
        <translation>ด้านที่ยาวที่สุด (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;HQ address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ส่วนกลาง (&amp;H)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <source>Use &amp;Thai digits (๑๒๓) in formal documents</source>
        <translation>ใช้เลขไทย (๑๒๓) ในเอกสารทางราชการ (&amp;T)</translation>
    </message>
    <message>
        <source>Thai digits in formal documents</source>
        <translation>เลขไทยในเอกสารทางราชการ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>ล็อกเมื่อไม่มีการใช้งานครบจำนวนนาทีนี้</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน (&amp;C)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source> px</source>
        <translation> พิกเซล</translation>
    </message>
    <message>
        <source>Longest side of stored photos, in pixels</source>
        <translation>ความยาวด้านที่ยาวที่สุดของรูปภาพที่จัดเก็บ หน่วยเป็นพิกเซล</translation>
    </message>
    <message>
        <source>&amp;Keep the original photo beside the reduced copy</source>
        <translation>เก็บรูปภาพต้นฉบับไว้คู่กับรูปที่ย่อขนาดแล้ว (&amp;K)</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>เก็บรูปภาพต้นฉบับ</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ส่วนกลาง</translation>
    </message>
    <message>
        <source>Enter the HQ address as https://… (or http://… on a test network).</source>
        <translation>ใส่ที่อยู่เซิร์ฟเวอร์ส่วนกลางในรูปแบบ https://… (หรือ http://… สำหรับเครือข่ายทดสอบ)</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>พิมพ์วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation>พิมพ์วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the new one again.</source>
        <translation>วลีรหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน โปรดพิมพ์วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>วลีรหัสผ่านใหม่ซ้ำกับวลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>กำลังเปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one the next time you unlock.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว ใช้วลีรหัสผ่านใหม่ในการปลดล็อกครั้งต่อไป</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>วลีรหัสผ่านปัจจุบันไม่ถูกต้อง ไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ไม่มีการเปลี่ยนแปลงใดๆ: %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>S1 — possible forced labour, trafficking or child labour: protect and refer</source>
        <translation>S1 — อาจเป็นแรงงานบังคับ การค้ามนุษย์ หรือแรงงานเด็ก: คุ้มครองและส่งต่อ</translation>
    </message>
    <message>
        <source>S2 — serious violation: order and prosecution or fine</source>
        <translation>S2 — การฝ่าฝืนร้ายแรง: ออกคำสั่ง และดำเนินคดีหรือเปรียบเทียบปรับ</translation>
    </message>
    <message>
        <source>S3 — order to comply by a deadline</source>
        <translation>S3 — ออกคำสั่งให้ปฏิบัติให้ถูกต้องภายในกำหนดเวลา</translation>
    </message>
    <message>
        <source>S4 — advice</source>
        <translation>S4 — ให้คำแนะนำ</translation>
    </message>
</context>
<context>
    <name>SignoffTab</name>
    <message>
        <source>Mark completed</source>
        <translation>ทำเครื่องหมายว่าเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Reopen for edits</source>
        <translation>เปิดเพื่อแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>พนักงานตรวจแรงงาน</translation>
    </message>
    <message>
        <source>Employer representative</source>
        <translation>ผู้แทนนายจ้าง</translation>
    </message>
    <message>
        <source>Language coordinator</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: ชื่อ</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1: ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Status: %1 (revision %2)</source>
        <translation>สถานะ: %1 (ฉบับที่ %2)</translation>
    </message>
    <message>
        <source>Signatures can be added once the inspection is completed. Press “%1” first.</source>
        <translation>ลงนามได้เมื่อการตรวจเสร็จสิ้นแล้ว กด “%1” ก่อน</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>ลงนามโดย %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>โปรดเซ็นลายมือชื่อก่อน</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>โปรดพิมพ์ชื่อผู้ลงนาม</translation>
    </message>
</context>
<context>
    <name>SocialSecurity</name>
    <message>
        <source>Registered</source>
        <translation>ขึ้นทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>ยังไม่ขึ้นทะเบียน</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ส่งกลับแก้ไข</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>{path} cannot be opened with this key: the passphrase does not match this database, or the file is damaged.</source>
        <translation>เปิด {path} ด้วยกุญแจนี้ไม่ได้ วลีรหัสผ่านไม่ตรงกับฐานข้อมูลนี้ หรือไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>เปิด {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase for user {user}.</source>
        <translation>วลีรหัสผ่านของผู้ใช้ {user} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{path}: unsupported key slot format {format}.</source>
        <translation>{path}: ไม่รองรับรูปแบบช่องกุญแจ {format}</translation>
    </message>
    <message>
        <source>No data store in {folder} (run &apos;inspector-app init&apos; first).</source>
        <translation>ไม่มีที่เก็บข้อมูลใน {folder} (โปรดเรียกใช้ &apos;inspector-app init&apos; ก่อน)</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} เสียหายและอ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>writing the key slots {path}</source>
        <translation>การเขียนช่องกุญแจ {path}</translation>
    </message>
    <message>
        <source>No local user {user} on this laptop.</source>
        <translation>ไม่มีผู้ใช้ {user} ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>User {user} already has a key slot.</source>
        <translation>ผู้ใช้ {user} มีช่องกุญแจอยู่แล้ว</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>วลีรหัสผ่านต้องมีอย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>copying the database aside before an upgrade; nothing was migrated</source>
        <translation>การสำรองฐานข้อมูลก่อนปรับรุ่น ยังไม่ได้ย้ายข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before an upgrade ({reason}); nothing was migrated.</source>
        <translation>สำรองฐานข้อมูลก่อนปรับรุ่นไม่ได้ ({reason}) ยังไม่ได้ย้ายข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>The safety copy of the database failed its check ({result}); nothing was migrated.</source>
        <translation>สำเนาสำรองของฐานข้อมูลไม่ผ่านการตรวจสอบ ({result}) ยังไม่ได้ย้ายข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Migration would leave {count} broken references (first in table {table}); the database was left unchanged.</source>
        <translation>การย้ายข้อมูลจะทำให้มีการอ้างอิงเสีย {count} รายการ (รายการแรกในตาราง {table}) ฐานข้อมูลจึงไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Migration failed the integrity check ({result}); database unchanged.</source>
        <translation>การย้ายข้อมูลไม่ผ่านการตรวจสอบความถูกต้อง ({result}) ฐานข้อมูลไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>ไม่รู้จักบทบาท {role} โปรดใช้หนึ่งในนี้: {roles}</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>มีผู้ใช้ {user} อยู่แล้ว</translation>
    </message>
    <message>
        <source>{folder} already holds a data store.</source>
        <translation>{folder} มีที่เก็บข้อมูลอยู่แล้ว</translation>
    </message>
    <message>
        <source>Data dir {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ข้อมูล {folder}</translation>
    </message>
    <message>
        <source>{folder} holds no data store (run &apos;inspector-app init&apos; first).</source>
        <translation>{folder} ไม่มีที่เก็บข้อมูล (โปรดเรียกใช้ &apos;inspector-app init&apos; ก่อน)</translation>
    </message>
    <message>
        <source>The database file is missing from {folder}.</source>
        <translation>ไม่มีไฟล์ฐานข้อมูลใน {folder}</translation>
    </message>
    <message>
        <source>Cannot make {folder} private to you ({reason}); check who owns it.</source>
        <translation>ตั้ง {folder} ให้เป็นของคุณเท่านั้นไม่ได้ ({reason}) โปรดตรวจสอบว่าใครเป็นเจ้าของ</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Field Inspector database; it was not changed. Restore it from {backups} or from HQ.</source>
        <translation>{path} เสียหายหรือไม่ใช่ฐานข้อมูลของ Field Inspector ไฟล์ไม่ถูกเปลี่ยนแปลง โปรดกู้คืนจาก {backups} หรือจากส่วนกลาง</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Field Inspector (schema {schema}). It is open read-only: update the app to make changes.</source>
        <translation>ข้อมูลนี้เขียนโดย Field Inspector รุ่นที่ใหม่กว่า (โครงสร้างข้อมูล {schema}) จึงเปิดแบบอ่านอย่างเดียว โปรดปรับรุ่นโปรแกรมเพื่อแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>{path} has no local device record; the data store is incomplete.</source>
        <translation>{path} ไม่มีข้อมูลเครื่องนี้ ที่เก็บข้อมูลไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>A user name needs 1–64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ชื่อผู้ใช้ต้องมี 1–64 ตัว ประกอบด้วยตัวอักษร ตัวเลข &apos;.&apos; &apos;-&apos; หรือ &apos;_&apos;</translation>
    </message>
    <message>
        <source>storing an attachment file</source>
        <translation>การเก็บไฟล์แนบ</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged.</source>
        <translation>ไฟล์แนบ {name} เสียหาย</translation>
    </message>
    <message>
        <source>Attachment file {name} is damaged or was replaced.</source>
        <translation>ไฟล์แนบ {name} เสียหายหรือถูกแทนที่</translation>
    </message>
    <message>
        <source>Attachment {name}… is missing from this laptop.</source>
        <translation>ไม่มีไฟล์แนบ {name}… ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Attachment file {name} does not match its hash.</source>
        <translation>ไฟล์แนบ {name} ไม่ตรงกับค่าแฮชของไฟล์</translation>
    </message>
    <message>
        <source>This data store is open read-only.</source>
        <translation>ที่เก็บข้อมูลนี้เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This data store has no local device record; it is damaged.</source>
        <translation>ที่เก็บข้อมูลนี้ไม่มีข้อมูลเครื่องนี้ จึงเสียหาย</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>รายงานสรุป</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>จัดทำรายงาน</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>ทั้งจังหวัด</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Sync stopped by an unexpected error ({name}).</source>
        <translation>การซิงค์ข้อมูลหยุดเพราะข้อผิดพลาดที่ไม่คาดคิด ({name})</translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({name}); nothing was lost.</source>
        <translation>หยุดเพราะข้อผิดพลาดที่ไม่คาดคิด ({name}) ไม่มีข้อมูลสูญหาย</translation>
    </message>
    <message>
        <source>HQ at {url} did not answer in time ({reason}).</source>
        <translation>ส่วนกลางที่ {url} ไม่ตอบกลับภายในเวลาที่กำหนด ({reason})</translation>
    </message>
    <message>
        <source>Cannot reach HQ at {url} ({reason}).</source>
        <translation>ติดต่อส่วนกลางที่ {url} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>HQ at {url} sent an answer this app does not understand ({request}); is it a Field Inspector HQ of a compatible version?</source>
        <translation>ส่วนกลางที่ {url} ตอบกลับในรูปแบบที่โปรแกรมนี้ไม่เข้าใจ ({request}) เป็นส่วนกลางของ Field Inspector รุ่นที่ใช้ร่วมกันได้หรือไม่</translation>
    </message>
    <message>
        <source>HQ is busy or failing (HTTP {status}); will try again.</source>
        <translation>ส่วนกลางไม่ว่างหรือขัดข้อง (HTTP {status}) จะลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, already used or expired; ask HQ for a new one.</source>
        <translation>รหัสลงทะเบียนนี้ไม่ถูกต้อง ถูกใช้ไปแล้ว หรือหมดอายุ โปรดขอรหัสใหม่จากส่วนกลาง</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. The data on the laptop is safe; ask HQ to enrol it again.</source>
        <translation>ส่วนกลางได้เพิกถอนสิทธิ์ของเครื่องนี้แล้ว ข้อมูลในเครื่องยังปลอดภัย โปรดขอให้ส่วนกลางลงทะเบียนเครื่องใหม่</translation>
    </message>
    <message>
        <source>HQ does not know this laptop&apos;s token; enrol the laptop again.</source>
        <translation>ส่วนกลางไม่รู้จักโทเคนของเครื่องนี้ โปรดลงทะเบียนเครื่องใหม่</translation>
    </message>
    <message>
        <source>This request needs the laptop&apos;s device token.</source>
        <translation>คำขอนี้ต้องใช้โทเคนของเครื่อง</translation>
    </message>
    <message>
        <source>This laptop is being enrolled at this moment; try again.</source>
        <translation>เครื่องนี้กำลังลงทะเบียนอยู่ในขณะนี้ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Another laptop is already enrolled with this device id; this data dir cannot take its place.</source>
        <translation>มีเครื่องอื่นลงทะเบียนด้วยรหัสเครื่องนี้แล้ว โฟลเดอร์ข้อมูลนี้จึงแทนที่ไม่ได้</translation>
    </message>
    <message>
        <source>HQ already knows a laptop with this device id. Enrolling it again needs that laptop&apos;s own signature over a challenge from HQ (this app version does it by itself; update the app). A new or wiped laptop has a new data dir and enrols as a new device.</source>
        <translation>ส่วนกลางรู้จักเครื่องที่มีรหัสเครื่องนี้อยู่แล้ว การลงทะเบียนใหม่ต้องใช้ลายมือชื่อดิจิทัลของเครื่องนั้นเองกับคำท้าจากส่วนกลาง (โปรแกรมรุ่นนี้ทำให้เอง โปรดปรับรุ่นโปรแกรม) เครื่องใหม่หรือเครื่องที่ล้างข้อมูลแล้วจะมีโฟลเดอร์ข้อมูลใหม่และลงทะเบียนเป็นเครื่องใหม่</translation>
    </message>
    <message>
        <source>HQ answered: {detail}</source>
        <translation>ส่วนกลางตอบว่า: {detail}</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access, so it no longer syncs. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ส่วนกลางได้เพิกถอนสิทธิ์ของเครื่องนี้แล้ว จึงซิงค์ข้อมูลไม่ได้อีก ข้อมูลทุกอย่างในเครื่องยังเก็บไว้ครบ โปรดขอให้ส่วนกลางลงทะเบียนเครื่องใหม่</translation>
    </message>
    <message>
        <source>{count} change sent</source>
        <translation>ส่ง {count} รายการ</translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation>ส่ง {count} รายการ</translation>
    </message>
    <message>
        <source>{count} already at HQ</source>
        <translation>{count} รายการมีอยู่ที่ส่วนกลางแล้ว</translation>
    </message>
    <message>
        <source>{count} conflict kept for review</source>
        <translation>{count} รายการขัดแย้งเก็บไว้ให้ตรวจทาน</translation>
    </message>
    <message>
        <source>{count} conflicts kept for review</source>
        <translation>{count} รายการขัดแย้งเก็บไว้ให้ตรวจทาน</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>ถูกปฏิเสธ {count} รายการ</translation>
    </message>
    <message>
        <source>{count} file uploaded</source>
        <translation>อัปโหลดไฟล์ {count} ไฟล์</translation>
    </message>
    <message>
        <source>{count} files uploaded</source>
        <translation>อัปโหลดไฟล์ {count} ไฟล์</translation>
    </message>
    <message>
        <source>{count} item received</source>
        <translation>ได้รับ {count} รายการ</translation>
    </message>
    <message>
        <source>{count} items received</source>
        <translation>ได้รับ {count} รายการ</translation>
    </message>
    <message>
        <source>{count} still to send</source>
        <translation>ยังต้องส่งอีก {count} รายการ</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet: enrol it on the Sync page (or run &apos;inspector-app enrol --hq URL --code C&apos;) with a code from HQ.</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับส่วนกลาง โปรดลงทะเบียนที่หน้าซิงค์ข้อมูล (หรือเรียกใช้ &apos;inspector-app enrol --hq URL --code C&apos;) ด้วยรหัสจากส่วนกลาง</translation>
    </message>
    <message>
        <source>No HQ address is known for this laptop; give one with --hq URL.</source>
        <translation>ไม่ทราบที่อยู่ส่วนกลางของเครื่องนี้ โปรดระบุด้วย --hq URL</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>กำลังซิงค์ข้อมูลอยู่แล้ว</translation>
    </message>
    <message>
        <source>Connecting to {url}</source>
        <translation>กำลังเชื่อมต่อกับ {url}</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {theirs}; this app speaks {ours}. Update the app.</source>
        <translation>ส่วนกลางใช้โพรโทคอลซิงค์รุ่น {theirs} แต่โปรแกรมนี้ใช้รุ่น {ours} โปรดปรับรุ่นโปรแกรม</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>ยกเลิกการซิงค์ข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet.</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับส่วนกลาง</translation>
    </message>
    <message>
        <source>Sending {count} change</source>
        <translation>กำลังส่ง {count} รายการ</translation>
    </message>
    <message>
        <source>Sending {count} changes</source>
        <translation>กำลังส่ง {count} รายการ</translation>
    </message>
    <message>
        <source>{done} of {total} change sent</source>
        <translation>ส่งแล้ว {done} จาก {total} รายการ</translation>
    </message>
    <message>
        <source>{done} of {total} changes sent</source>
        <translation>ส่งแล้ว {done} จาก {total} รายการ</translation>
    </message>
    <message>
        <source>Uploading {count} file ({done} of {total} KB)</source>
        <translation>กำลังอัปโหลด {count} ไฟล์ ({done} จาก {total} KB)</translation>
    </message>
    <message>
        <source>Uploading {count} files ({done} of {total} KB)</source>
        <translation>กำลังอัปโหลด {count} ไฟล์ ({done} จาก {total} KB)</translation>
    </message>
    <message>
        <source>Receiving updates from HQ</source>
        <translation>กำลังรับข้อมูลใหม่จากส่วนกลาง</translation>
    </message>
    <message>
        <source>This data store has no device key; it is damaged.</source>
        <translation>ที่เก็บข้อมูลนี้ไม่มีกุญแจของเครื่อง จึงเสียหาย</translation>
    </message>
    <message>
        <source>{url} is not an HQ address; give one like https://hq.example.go.th</source>
        <translation>{url} ไม่ใช่ที่อยู่ของส่วนกลาง โปรดระบุในรูปแบบ https://hq.example.go.th</translation>
    </message>
    <message>
        <source>{code} is not an enrolment code; HQ gives one like K7QM-2XWD-PN4R-HT9A.</source>
        <translation>{code} ไม่ใช่รหัสลงทะเบียน ส่วนกลางจะให้รหัสในรูปแบบ K7QM-2XWD-PN4R-HT9A</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} change with interview notes waits on this laptop (testimony never leaves it unsealed). It goes once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ส่วนกลางยังไม่ได้เผยแพร่กุญแจหลักฐาน จึงมี {count} รายการที่มีบันทึกการสัมภาษณ์รออยู่ในเครื่องนี้ (คำให้การจะไม่ออกจากเครื่องโดยไม่ถูกปิดผนึก) รายการนี้จะถูกส่งเมื่อส่วนกลางเรียกใช้ &apos;inspector-hq init-keys&apos; และเครื่องนี้ซิงค์ข้อมูลอีกครั้ง</translation>
    </message>
    <message>
        <source>HQ has not published its evidence key yet, so {count} changes with interview notes wait on this laptop (testimony never leaves it unsealed). They go once HQ has run &apos;inspector-hq init-keys&apos; and this laptop has synced again.</source>
        <translation>ส่วนกลางยังไม่ได้เผยแพร่กุญแจหลักฐาน จึงมี {count} รายการที่มีบันทึกการสัมภาษณ์รออยู่ในเครื่องนี้ (คำให้การจะไม่ออกจากเครื่องโดยไม่ถูกปิดผนึก) รายการเหล่านี้จะถูกส่งเมื่อส่วนกลางเรียกใช้ &apos;inspector-hq init-keys&apos; และเครื่องนี้ซิงค์ข้อมูลอีกครั้ง</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} change with worker document numbers waits on this laptop (a number leaves it only sealed, beside its keyed hash). It goes once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ส่วนกลางยังไม่ได้เผยแพร่กุญแจเอกสาร จึงมี {count} รายการที่มีเลขที่เอกสารของลูกจ้างรออยู่ในเครื่องนี้ (เลขที่เอกสารจะออกจากเครื่องเฉพาะเมื่อปิดผนึกแล้ว พร้อมค่าแฮชที่ใช้กุญแจ) รายการนี้จะถูกส่งเมื่อเครื่องนี้ซิงค์ข้อมูลกับส่วนกลางที่เผยแพร่กุญแจแล้ว</translation>
    </message>
    <message>
        <source>HQ has not published its document key yet, so {count} changes with worker document numbers wait on this laptop (a number leaves it only sealed, beside its keyed hash). They go once this laptop has synced with an HQ that publishes the key.</source>
        <translation>ส่วนกลางยังไม่ได้เผยแพร่กุญแจเอกสาร จึงมี {count} รายการที่มีเลขที่เอกสารของลูกจ้างรออยู่ในเครื่องนี้ (เลขที่เอกสารจะออกจากเครื่องเฉพาะเมื่อปิดผนึกแล้ว พร้อมค่าแฮชที่ใช้กุญแจ) รายการเหล่านี้จะถูกส่งเมื่อเครื่องนี้ซิงค์ข้อมูลกับส่วนกลางที่เผยแพร่กุญแจแล้ว</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>ซิงค์ข้อมูลทันที</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ความคืบหน้าการซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>USB stick (when there is no network)</source>
        <translation>แฟลชไดรฟ์ USB (เมื่อไม่มีเครือข่าย)</translation>
    </message>
    <message>
        <source>Write the changes waiting here to a USB stick and take it to HQ; read HQ&apos;s reply from the stick when it comes back. Only HQ can read the bundle, and HQ checks that it comes from this laptop.</source>
        <translation>เขียนรายการเปลี่ยนแปลงที่รออยู่ในเครื่องนี้ลงแฟลชไดรฟ์ USB แล้วนำไปที่ส่วนกลาง เมื่อได้แฟลชไดรฟ์คืนมา ให้อ่านไฟล์ตอบกลับของส่วนกลางจากแฟลชไดรฟ์ มีเพียงส่วนกลางที่อ่านไฟล์ชุดข้อมูลได้ และส่วนกลางจะตรวจสอบว่ามาจากเครื่องนี้จริง</translation>
    </message>
    <message>
        <source>Write changes to a USB stick…</source>
        <translation>เขียนรายการเปลี่ยนแปลงลงแฟลชไดรฟ์ USB…</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply…</source>
        <translation>อ่านไฟล์ตอบกลับของส่วนกลาง…</translation>
    </message>
    <message>
        <source>Enrol this laptop with HQ</source>
        <translation>ลงทะเบียนเครื่องนี้กับส่วนกลาง</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ส่วนกลาง</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>รหัสใช้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Refused by HQ (kept on this laptop)</source>
        <translation>ส่วนกลางไม่รับ (เก็บไว้ในเครื่องนี้)</translation>
    </message>
    <message>
        <source>Kept by HQ for a supervisor to compare</source>
        <translation>ส่วนกลางเก็บไว้ให้ผู้บังคับบัญชาเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Changes refused by HQ</source>
        <translation>การเปลี่ยนแปลงที่ส่วนกลางไม่รับ</translation>
    </message>
    <message>
        <source>Changes in conflict</source>
        <translation>การเปลี่ยนแปลงที่ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>This laptop (%1) syncs with %2.</source>
        <translation>เครื่องนี้ (%1) ซิงค์ข้อมูลกับ %2</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Changes are kept safely here until it is.</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับส่วนกลาง การเปลี่ยนแปลงจะถูกเก็บไว้อย่างปลอดภัยในเครื่องนี้จนกว่าจะลงทะเบียน</translation>
    </message>
    <message>
        <source>HQ has revoked this laptop&apos;s access. Everything on the laptop is kept; ask HQ to enrol it again.</source>
        <translation>ส่วนกลางเพิกถอนสิทธิ์การเข้าถึงของเครื่องนี้แล้ว ข้อมูลทั้งหมดในเครื่องยังอยู่ครบ โปรดติดต่อส่วนกลางเพื่อลงทะเบียนเครื่องอีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>รอซิงค์ข้อมูล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>ซิงค์ข้อมูลสำเร็จล่าสุด: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ยังไม่เคยซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Last successful sync: by USB stick. HQ made the reply on %1; it was read here on %2.</source>
        <translation>ซิงค์ข้อมูลสำเร็จล่าสุด: ผ่านแฟลชไดรฟ์ USB ส่วนกลางทำไฟล์ตอบกลับเมื่อ %1 และอ่านในเครื่องนี้เมื่อ %2</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>ปัญหาล่าสุด: %1</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; what was not acknowledged is sent next time.</source>
        <translation>ยกเลิกการซิงค์ข้อมูลแล้ว ไม่มีข้อมูลสูญหาย ส่วนที่ส่วนกลางยังไม่ยืนยันการรับจะส่งในครั้งถัดไป</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>ซิงค์ข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 of data.</source>
        <translation>ซิงค์ข้อมูลเสร็จสิ้น: ส่ง %1 รับ %2 ปริมาณข้อมูล %3</translation>
    </message>
    <message>
        <source>Writing the changes to %1…</source>
        <translation>กำลังเขียนรายการเปลี่ยนแปลงลงใน %1…</translation>
    </message>
    <message>
        <source>Reading HQ&apos;s reply %1…</source>
        <translation>กำลังอ่านไฟล์ตอบกลับของส่วนกลาง %1…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>ไม่ได้เขียนไฟล์ชุดข้อมูล: %1</translation>
    </message>
    <message>
        <source>HQ&apos;s reply was not read: %1</source>
        <translation>ไม่ได้อ่านไฟล์ตอบกลับของส่วนกลาง: %1</translation>
    </message>
    <message numerus="yes">
        <source>HQ&apos;s reply is read: %Ln changes acknowledged.</source>
        <translation>
            <numerusform>อ่านไฟล์ตอบกลับของส่วนกลางแล้ว: ส่วนกลางรับรายการเปลี่ยนแปลงแล้ว %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes refused by HQ: kept on this laptop, listed below with HQ&apos;s reasons.</source>
        <translation>
            <numerusform>ส่วนกลางไม่รับ %Ln รายการ: เก็บไว้ในเครื่องนี้ และแสดงไว้ด้านล่างพร้อมเหตุผลของส่วนกลาง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes kept by HQ for a supervisor to compare.</source>
        <translation>
            <numerusform>ส่วนกลางเก็บไว้ %Ln รายการให้ผู้บังคับบัญชาเปรียบเทียบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updates from HQ applied.</source>
        <translation>
            <numerusform>นำข้อมูลปรับปรุงจากส่วนกลางมาใช้แล้ว %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting here until HQ&apos;s reply is read (or the next sync).</source>
        <translation>
            <numerusform>เขียนรายการเปลี่ยนแปลง %Ln รายการลงใน %1 แล้ว โดยปิดผนึกไว้ให้มีเพียงส่วนกลางที่อ่านได้ รายการเหล่านี้ยังรออยู่ในเครื่องนี้จนกว่าจะอ่านไฟล์ตอบกลับของส่วนกลาง (หรือซิงค์ข้อมูลครั้งถัดไป)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was waiting. The bundle written to %1 asks HQ for its decisions; HQ&apos;s reply brings them.</source>
        <translation>ไม่มีรายการเปลี่ยนแปลงที่รออยู่ ไฟล์ชุดข้อมูลที่เขียนลงใน %1 ขอผลการพิจารณาจากส่วนกลาง ซึ่งจะมากับไฟล์ตอบกลับของส่วนกลาง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos or documents went with them.</source>
        <translation>
            <numerusform>พร้อมรูปถ่ายหรือเอกสาร %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are missing on this laptop; HQ keeps the changes that need them until they arrive.</source>
        <translation>
            <numerusform>ไม่พบไฟล์ %Ln ไฟล์ในเครื่องนี้ ส่วนกลางจะพักรายการเปลี่ยนแปลงที่ต้องใช้ไฟล์เหล่านั้นไว้จนกว่าไฟล์จะมาถึง</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bundle: %1</source>
        <translation>ไม่ได้อยู่ในไฟล์ชุดข้อมูล: %1</translation>
    </message>
    <message>
        <source>Write changes to a USB stick</source>
        <translation>เขียนรายการเปลี่ยนแปลงลงแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>Bundles for HQ (*.bundle)</source>
        <translation>ไฟล์ชุดข้อมูลสำหรับส่วนกลาง (*.bundle)</translation>
    </message>
    <message>
        <source>Read HQ&apos;s reply</source>
        <translation>อ่านไฟล์ตอบกลับของส่วนกลาง</translation>
    </message>
    <message>
        <source>HQ&apos;s replies (*.reply *.bundle)</source>
        <translation>ไฟล์ตอบกลับของส่วนกลาง (*.reply *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>กำลังลงทะเบียน…</translation>
    </message>
    <message>
        <source>Enrolled. This laptop now syncs with HQ.</source>
        <translation>ลงทะเบียนแล้ว เครื่องนี้ซิงค์ข้อมูลกับส่วนกลางได้แล้ว</translation>
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
        <translation>ส่วนกลางอ่านการแก้ไขนี้ไม่ได้ ({problem}) โปรดอัปเดตแอปในเครื่องนี้</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} holds an invisible NUL character (often pasted from another program). Correct that text and sync again.</source>
        <translation>ส่วนกลางบันทึกการแก้ไขนี้ไม่ได้: ข้อความในช่อง {field} มีอักขระ NUL ที่มองไม่เห็น (มักติดมาจากการวางข้อความจากโปรแกรมอื่น) โปรดแก้ข้อความนั้นแล้วซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ cannot store this change: the text in {field} is not valid Unicode. Correct that text and sync again.</source>
        <translation>ส่วนกลางบันทึกการแก้ไขนี้ไม่ได้: ข้อความในช่อง {field} ไม่ใช่ Unicode ที่ถูกต้อง โปรดแก้ข้อความนั้นแล้วซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ cannot read this change: the values in {field} are nested more than {limit} levels deep.</source>
        <translation>ส่วนกลางอ่านการแก้ไขนี้ไม่ได้: ค่าในช่อง {field} ซ้อนกันลึกเกิน {limit} ชั้น</translation>
    </message>
    <message>
        <source>This change is too large for HQ ({size} bytes; at most {limit}). Photos and files travel separately; shorten the text and sync again.</source>
        <translation>การแก้ไขนี้ใหญ่เกินกว่าที่ส่วนกลางรับได้ ({size} ไบต์ รับได้ไม่เกิน {limit}) รูปถ่ายและไฟล์ส่งแยกต่างหาก โปรดทำข้อความให้สั้นลงแล้วซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ already holds a different change under this change&apos;s number. Was this laptop restored from an old backup? Ask HQ before going on.</source>
        <translation>ส่วนกลางมีการแก้ไขอื่นภายใต้หมายเลขเดียวกับการแก้ไขนี้อยู่แล้ว เครื่องนี้ถูกกู้คืนจากข้อมูลสำรองเก่าหรือไม่ โปรดสอบถามส่วนกลางก่อนทำงานต่อ</translation>
    </message>
    <message>
        <source>This change was made on another laptop; a laptop may send only its own changes.</source>
        <translation>การแก้ไขนี้ทำบนเครื่องอื่น เครื่องแต่ละเครื่องส่งได้เฉพาะการแก้ไขของตนเอง</translation>
    </message>
    <message>
        <source>HQ does not take records of this kind ({entity}) from laptops.</source>
        <translation>ส่วนกลางไม่รับข้อมูลประเภทนี้ ({entity}) จากเครื่องภาคสนาม</translation>
    </message>
    <message>
        <source>The record in this change carries a different id than the change itself.</source>
        <translation>ข้อมูลในการแก้ไขนี้มีรหัสไม่ตรงกับรหัสของการแก้ไข</translation>
    </message>
    <message>
        <source>Revision {rev} of this record cannot follow revision {base_rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>ฉบับแก้ไขที่ {rev} ของข้อมูลนี้ต่อจากฉบับที่ {base_rev} ไม่ได้ ประวัติการแก้ไขในเครื่องนี้เสียหาย โปรดติดต่อส่วนกลาง</translation>
    </message>
    <message>
        <source>The record says revision {fields_rev}, the change says {rev}; its history on this laptop is damaged. Ask HQ.</source>
        <translation>ข้อมูลระบุฉบับแก้ไขที่ {fields_rev} แต่การแก้ไขระบุฉบับที่ {rev} ประวัติการแก้ไขในเครื่องนี้เสียหาย โปรดติดต่อส่วนกลาง</translation>
    </message>
    <message>
        <source>The record names its inspection in a form HQ cannot read.</source>
        <translation>ข้อมูลนี้ระบุการตรวจที่สังกัดในรูปแบบที่ส่วนกลางอ่านไม่ได้</translation>
    </message>
    <message>
        <source>This change carries interview testimony unsealed ({fields}); HQ takes testimony only sealed. Update the app on this laptop.</source>
        <translation>การแก้ไขนี้มีคำให้การจากการสัมภาษณ์ที่ไม่ได้ปิดผนึก ({fields}) ส่วนกลางรับคำให้การเฉพาะที่ปิดผนึกแล้ว โปรดอัปเดตแอปในเครื่องนี้</translation>
    </message>
    <message>
        <source>This change is sealed to evidence key {key_id}, which this HQ does not hold. Was the laptop enrolled with another HQ?</source>
        <translation>การแก้ไขนี้ปิดผนึกด้วยกุญแจหลักฐาน {key_id} ซึ่งส่วนกลางนี้ไม่มี เครื่องนี้ลงทะเบียนไว้กับส่วนกลางอื่นหรือไม่</translation>
    </message>
    <message>
        <source>A worker document must travel with its number&apos;s keyed hash; update the app on this laptop.</source>
        <translation>เอกสารของแรงงานต้องส่งพร้อมค่าแฮชแบบมีกุญแจของหมายเลขเอกสาร โปรดอัปเดตแอปในเครื่องนี้</translation>
    </message>
    <message>
        <source>The keyed hash of a worker document&apos;s number is damaged; HQ cannot check it.</source>
        <translation>ค่าแฮชแบบมีกุญแจของหมายเลขเอกสารของแรงงานเสียหาย ส่วนกลางตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>A worker document&apos;s number was hashed with key {key_id}, which this HQ did not issue. Was the laptop enrolled with another HQ?</source>
        <translation>หมายเลขเอกสารของแรงงานถูกแฮชด้วยกุญแจ {key_id} ซึ่งส่วนกลางนี้ไม่ได้ออกให้ เครื่องนี้ลงทะเบียนไว้กับส่วนกลางอื่นหรือไม่</translation>
    </message>
    <message>
        <source>Waits for an earlier change of the same record ({op_id}); it is sent after that one.</source>
        <translation>รอการแก้ไขก่อนหน้าของข้อมูลเดียวกัน ({op_id}) จะส่งหลังจากรายการนั้น</translation>
    </message>
    <message>
        <source>HQ already holds another kind of record with this id.</source>
        <translation>ส่วนกลางมีข้อมูลประเภทอื่นที่ใช้รหัสนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} belongs to another laptop (the one that created it, or the one HQ reassigned it to). HQ takes changes to it only from that laptop.</source>
        <translation>การตรวจ {inspection_id} เป็นของเครื่องอื่น (เครื่องที่สร้าง หรือเครื่องที่ส่วนกลางโอนให้) ส่วนกลางรับการแก้ไขการตรวจนี้จากเครื่องนั้นเท่านั้น</translation>
    </message>
    <message>
        <source>The inspection&apos;s reference number is not text.</source>
        <translation>เลขที่อ้างอิงของการตรวจไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>An inspection&apos;s reference number may hold at most {limit} characters.</source>
        <translation>เลขที่อ้างอิงของการตรวจยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>HQ already holds another inspection with reference {reference}. References are unique: give this inspection a reference of its own.</source>
        <translation>ส่วนกลางมีการตรวจอื่นที่ใช้เลขที่อ้างอิง {reference} อยู่แล้ว เลขที่อ้างอิงต้องไม่ซ้ำกัน โปรดกำหนดเลขที่อ้างอิงใหม่ให้การตรวจนี้</translation>
    </message>
    <message>
        <source>This {entity} does not say which inspection it belongs to.</source>
        <translation>{entity} นี้ไม่ได้ระบุว่าสังกัดการตรวจใด</translation>
    </message>
    <message>
        <source>This {entity} belongs to another inspection at HQ; a record cannot move to another inspection.</source>
        <translation>{entity} นี้สังกัดการตรวจอื่นที่ส่วนกลาง ข้อมูลย้ายไปอยู่ในการตรวจอื่นไม่ได้</translation>
    </message>
    <message>
        <source>Inspection {inspection_id} is not at HQ yet; this {entity} is sent after it.</source>
        <translation>การตรวจ {inspection_id} ยังไม่อยู่ที่ส่วนกลาง {entity} นี้จะส่งหลังจากการตรวจนั้น</translation>
    </message>
    <message>
        <source>The field {field} must hold ids of records of this kind: {target_entity}.</source>
        <translation>ช่อง {field} ต้องมีรหัสของข้อมูลประเภทนี้: {target_entity}</translation>
    </message>
    <message>
        <source>The {target_entity} {target_id} this change points at is not at HQ yet; the change is sent after it.</source>
        <translation>{target_entity} {target_id} ที่การแก้ไขนี้อ้างถึงยังไม่อยู่ที่ส่วนกลาง การแก้ไขจะส่งหลังจากนั้น</translation>
    </message>
    <message>
        <source>The inspection this record names is not an inspection at HQ but a record of another kind ({entity}).</source>
        <translation>การตรวจที่ข้อมูลนี้อ้างถึงไม่ใช่การตรวจที่ส่วนกลาง แต่เป็นข้อมูลประเภทอื่น ({entity})</translation>
    </message>
    <message>
        <source>Record {target_id} ({target_entity}) is not part of inspection {inspection_id}; a record may point only at records of its own inspection.</source>
        <translation>ข้อมูล {target_id} ({target_entity}) ไม่ได้เป็นส่วนหนึ่งของการตรวจ {inspection_id} ข้อมูลอ้างถึงได้เฉพาะข้อมูลในการตรวจเดียวกัน</translation>
    </message>
    <message>
        <source>This {entity} must name the record it checks ({target_entity}) and that record&apos;s inspection.</source>
        <translation>{entity} นี้ต้องระบุข้อมูลที่ตรวจสอบ ({target_entity}) และการตรวจของข้อมูลนั้น</translation>
    </message>
    <message>
        <source>This {entity} must check a record ({target_entity}) of an earlier inspection, not one of its own.</source>
        <translation>{entity} นี้ต้องตรวจสอบข้อมูล ({target_entity}) ของการตรวจครั้งก่อน ไม่ใช่ของการตรวจเดียวกัน</translation>
    </message>
    <message>
        <source>A file of this change is not uploaded yet; the change is sent after it.</source>
        <translation>ไฟล์ของการแก้ไขนี้ยังไม่ได้อัปโหลด การแก้ไขจะส่งหลังจากไฟล์</translation>
    </message>
    <message>
        <source>Kept for a supervisor: this {entity} was created by another laptop, so HQ keeps this change beside it as a proposal. A supervisor decides.</source>
        <translation>เก็บไว้ให้หัวหน้าพิจารณา: {entity} นี้สร้างโดยเครื่องอื่น ส่วนกลางจึงเก็บการแก้ไขนี้ไว้คู่กันเป็นข้อเสนอ หัวหน้าเป็นผู้ตัดสิน</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record; this change was made on revision {base_rev}. Both versions are kept and a supervisor compares them.</source>
        <translation>ส่วนกลางมีฉบับแก้ไขที่ {hq_rev} ของข้อมูลนี้ แต่การแก้ไขนี้ทำบนฉบับที่ {base_rev} ส่วนกลางเก็บไว้ทั้งสองฉบับและหัวหน้าจะเปรียบเทียบ</translation>
    </message>
    <message>
        <source>HQ holds revision {hq_rev} of this record, written by a supervisor&apos;s decision this change was not made on. Both versions are kept and a supervisor compares them.</source>
        <translation>ส่วนกลางมีฉบับแก้ไขที่ {hq_rev} ของข้อมูลนี้ ซึ่งเขียนจากคำตัดสินของหัวหน้าที่การแก้ไขนี้ไม่ได้ทำต่อจาก ส่วนกลางเก็บไว้ทั้งสองฉบับและหัวหน้าจะเปรียบเทียบ</translation>
    </message>
    <message>
        <source>HQ refused this change: {text}</source>
        <translation>ส่วนกลางไม่รับการแก้ไขนี้: {text}</translation>
    </message>
    <message>
        <source>HQ refused this change.</source>
        <translation>ส่วนกลางไม่รับการแก้ไขนี้</translation>
    </message>
    <message>
        <source>HQ kept this change for a supervisor: {text}</source>
        <translation>ส่วนกลางเก็บการแก้ไขนี้ไว้ให้หัวหน้าพิจารณา: {text}</translation>
    </message>
    <message>
        <source>HQ takes this change later: {text}</source>
        <translation>ส่วนกลางจะรับการแก้ไขนี้ภายหลัง: {text}</translation>
    </message>
    <message>
        <source>HQ cannot read this laptop&apos;s key; the data store may be damaged. Ask HQ.</source>
        <translation>ส่วนกลางอ่านกุญแจของเครื่องนี้ไม่ได้ ที่เก็บข้อมูลอาจเสียหาย โปรดติดต่อส่วนกลาง</translation>
    </message>
    <message>
        <source>HQ needs this laptop&apos;s signature over its challenge to enrol it again; update the app.</source>
        <translation>ส่วนกลางต้องการลายมือชื่อของเครื่องนี้บนรหัสท้าทายเพื่อลงทะเบียนใหม่ โปรดอัปเดตแอป</translation>
    </message>
    <message>
        <source>HQ&apos;s enrolment challenge expired or was already used; enrol again.</source>
        <translation>รหัสท้าทายสำหรับลงทะเบียนของส่วนกลางหมดอายุหรือใช้ไปแล้ว โปรดลงทะเบียนอีกครั้ง</translation>
    </message>
    <message>
        <source>HQ could not confirm that this is the laptop it enrolled under this id (the signature does not match). Nothing changed; ask HQ.</source>
        <translation>ส่วนกลางยืนยันไม่ได้ว่าเป็นเครื่องที่ลงทะเบียนไว้ภายใต้รหัสนี้ (ลายมือชื่อไม่ตรงกัน) ไม่มีสิ่งใดเปลี่ยนแปลง โปรดติดต่อส่วนกลาง</translation>
    </message>
    <message>
        <source>HQ speaks sync protocol {protocol}; update the app on this laptop.</source>
        <translation>ส่วนกลางใช้โปรโตคอลซิงค์รุ่น {protocol} โปรดอัปเดตแอปในเครื่องนี้</translation>
    </message>
    <message>
        <source>HQ says this request belongs to another laptop; enrol this laptop again.</source>
        <translation>ส่วนกลางแจ้งว่าคำขอนี้เป็นของเครื่องอื่น โปรดลงทะเบียนเครื่องนี้อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ has no upload of this file from this laptop; it is started again.</source>
        <translation>ส่วนกลางไม่มีการอัปโหลดไฟล์นี้จากเครื่องนี้ จะเริ่มอัปโหลดใหม่</translation>
    </message>
    <message>
        <source>This file was announced to HQ before with another size; it cannot be uploaded under the same fingerprint.</source>
        <translation>ไฟล์นี้เคยแจ้งส่วนกลางไว้ด้วยขนาดอื่น จึงอัปโหลดภายใต้ลายนิ้วมือเดิมไม่ได้</translation>
    </message>
    <message>
        <source>HQ received an empty piece of a file; sync again.</source>
        <translation>ส่วนกลางได้รับส่วนของไฟล์ที่ว่างเปล่า โปรดซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>A piece of a file is larger than HQ takes (at most {limit} bytes); update the app.</source>
        <translation>ส่วนของไฟล์ใหญ่เกินกว่าที่ส่วนกลางรับ (ไม่เกิน {limit} ไบต์) โปรดอัปเดตแอป</translation>
    </message>
    <message>
        <source>A piece of a file was damaged on the way to HQ; sync again.</source>
        <translation>ส่วนของไฟล์เสียหายระหว่างส่งไปส่วนกลาง โปรดซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ holds another part of this file than expected; sync again.</source>
        <translation>ส่วนกลางมีส่วนของไฟล์นี้ไม่ตรงกับที่คาดไว้ โปรดซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>A piece of a file goes past the file&apos;s size; sync again.</source>
        <translation>ส่วนของไฟล์เกินขนาดของไฟล์ โปรดซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>A file arrived at HQ damaged and was discarded; sync again to upload it again.</source>
        <translation>ไฟล์ไปถึงส่วนกลางในสภาพเสียหายและถูกทิ้งไป โปรดซิงค์อีกครั้งเพื่ออัปโหลดใหม่</translation>
    </message>
    <message>
        <source>This request is too large for HQ (at most {limit} bytes).</source>
        <translation>คำขอนี้ใหญ่เกินกว่าที่ส่วนกลางรับได้ (ไม่เกิน {limit} ไบต์)</translation>
    </message>
    <message>
        <source>HQ could not unpack this request (damaged on the way); sync again.</source>
        <translation>ส่วนกลางแตกไฟล์คำขอนี้ไม่ได้ (เสียหายระหว่างทาง) โปรดซิงค์อีกครั้ง</translation>
    </message>
    <message>
        <source>HQ could not accept this request ({detail}). Update the app on this laptop.</source>
        <translation>ส่วนกลางรับคำขอนี้ไม่ได้ ({detail}) โปรดอัปเดตแอปในเครื่องนี้</translation>
    </message>
    <message>
        <source>HQ&apos;s disk is full; nothing was lost. Sync again after HQ has made room.</source>
        <translation>ดิสก์ของส่วนกลางเต็ม ไม่มีข้อมูลสูญหาย โปรดซิงค์อีกครั้งหลังส่วนกลางเพิ่มพื้นที่</translation>
    </message>
    <message>
        <source>Too many failed attempts; HQ refuses for a while. Try again later.</source>
        <translation>พยายามไม่สำเร็จหลายครั้งเกินไป ส่วนกลางจะปฏิเสธชั่วคราว โปรดลองใหม่ภายหลัง</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <source>Team and language coordinator</source>
        <translation>คณะผู้ตรวจและล่าม</translation>
    </message>
    <message>
        <source>Who is inspecting, and who interprets for the workers?</source>
        <translation>ใครเป็นผู้ตรวจ และใครเป็นล่ามให้ลูกจ้าง</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>คณะผู้ตรวจ</translation>
    </message>
    <message>
        <source>Language coordinators</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>พนักงานตรวจแรงงาน (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language coordinators</source>
        <translation>ล่าม (&amp;L)</translation>
    </message>
    <message>
        <source>%1 (lead inspector)</source>
        <translation>%1 (หัวหน้าคณะผู้ตรวจ)</translation>
    </message>
    <message>
        <source>Has not declared that they have no tie to the employer or a broker.</source>
        <translation>ยังไม่ได้รับรองว่าไม่มีความเกี่ยวข้องกับนายจ้างหรือนายหน้า</translation>
    </message>
    <message>
        <source>Interpreter gender requested by a worker</source>
        <translation>เพศของล่ามที่ลูกจ้างขอ</translation>
    </message>
    <message>
        <source>No worker has asked for an interpreter of a particular gender</source>
        <translation>ไม่มีลูกจ้างขอล่ามเพศใดเป็นพิเศษ</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter</source>
        <translation>ลูกจ้างขอล่ามหญิง</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter</source>
        <translation>ลูกจ้างขอล่ามชาย</translation>
    </message>
    <message>
        <source>Interpreter &amp;request</source>
        <translation>คำขอเรื่องล่าม (&amp;R)</translation>
    </message>
    <message>
        <source>A worker asked for a female interpreter, but none of the chosen language coordinators is recorded as female.</source>
        <translation>ลูกจ้างขอล่ามหญิง แต่ไม่มีผู้ประสานงานด้านภาษาที่เลือกไว้คนใดบันทึกว่าเป็นหญิง</translation>
    </message>
    <message>
        <source>Female coordinators you could add: %1.</source>
        <translation>ผู้ประสานงานหญิงที่เพิ่มได้: %1</translation>
    </message>
    <message>
        <source>No female coordinator is recorded on this laptop.</source>
        <translation>ไม่มีผู้ประสานงานหญิงบันทึกไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>A worker asked for a male interpreter, but none of the chosen language coordinators is recorded as male.</source>
        <translation>ลูกจ้างขอล่ามชาย แต่ไม่มีผู้ประสานงานด้านภาษาที่เลือกไว้คนใดบันทึกว่าเป็นชาย</translation>
    </message>
    <message>
        <source>Male coordinators you could add: %1.</source>
        <translation>ผู้ประสานงานชายที่เพิ่มได้: %1</translation>
    </message>
    <message>
        <source>No male coordinator is recorded on this laptop.</source>
        <translation>ไม่มีผู้ประสานงานชายบันทึกไว้ในเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <source>No term matches this search.</source>
        <translation>ไม่พบคำศัพท์ที่ตรงกับการค้นหา</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>คำอื่นที่ใช้: %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ฐานทางกฎหมาย</translation>
    </message>
    <message>
        <source>No statutory definition</source>
        <translation>ไม่มีบทนิยามในกฎหมาย</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>THB/day</source>
        <translation>บาท/วัน</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Field Inspector</source>
        <translation>ปลดล็อก Field Inspector</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>วลีรหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>กำลังปลดล็อก…</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Corrected</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation>แก้ไขบางส่วน</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>ยังไม่แก้ไข</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>%1 — follow-up visit %2 on %3</source>
        <translation>%1 — การตรวจติดตาม %2 วันที่ %3</translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>What you found</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>What you saw, were shown or were told (e.g. passports back with the workers; pay slips for November)</source>
        <translation>สิ่งที่เห็น ได้รับการแสดง หรือได้รับแจ้ง (เช่น คืนหนังสือเดินทางให้ลูกจ้างแล้ว สลิปเงินเดือนเดือนพฤศจิกายน)</translation>
    </message>
    <message>
        <source>Evidence, in words</source>
        <translation>หลักฐาน เป็นข้อความ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Photos and documents of this visit; ticked ones are evidence</source>
        <translation>รูปภาพและเอกสารของการตรวจนี้ รายการที่ติ๊กไว้คือหลักฐาน</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มรูปภาพ…</translation>
    </message>
    <message>
        <source>Tick the photos and documents that show it. Photos added here are kept with this visit&apos;s attachments.</source>
        <translation>ติ๊กรูปภาพและเอกสารที่แสดงหลักฐาน รูปภาพที่เพิ่มที่นี่จะเก็บไว้กับไฟล์แนบของการตรวจนี้</translation>
    </message>
    <message>
        <source>Findings to verify</source>
        <translation>ข้อค้นพบที่ต้องตรวจผล</translation>
    </message>
    <message>
        <source>This follow-up visit is approved: what it verified can no longer change.</source>
        <translation>การตรวจติดตามนี้ได้รับอนุมัติแล้ว ผลการตรวจที่บันทึกไว้เปลี่ยนแปลงไม่ได้อีก</translation>
    </message>
    <message numerus="yes">
        <source>This follow-up visit checks the %n findings still open after visit %1 (%2). Record what you found for each. The earlier inspection stays exactly as it was signed: each finding takes its new status once this visit is signed.</source>
        <translation>
            <numerusform>การตรวจติดตามนี้ตรวจผลข้อค้นพบ %n ข้อที่ยังค้างอยู่หลังการตรวจ %1 (%2) บันทึกสิ่งที่พบในแต่ละข้อ การตรวจครั้งก่อนคงอยู่ตามที่ลงนามไว้ทุกประการ ข้อค้นพบแต่ละข้อจะได้สถานะใหม่เมื่อการตรวจครั้งนี้ลงนามแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Found at visit %1</source>
        <translation>พบในการตรวจ %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>กำหนดเวลา %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>ข้อในรายการตรวจ %1</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>เพิ่มรูปภาพหรือเอกสาร</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
        <translation>รูปภาพและเอกสาร (*.jpg *.jpeg *.png *.pdf *.heic);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>Visit</source>
        <translation>การเข้าตรวจ</translation>
    </message>
    <message>
        <source>What kind of visit is this, and when?</source>
        <translation>การเข้าตรวจครั้งนี้เป็นประเภทใด และตรวจวันใด</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Keep the &amp;complaint source confidential</source>
        <translation>ปกปิดแหล่งที่มาของคำร้องเรียน (&amp;C)</translation>
    </message>
    <message>
        <source>Complaint source confidential</source>
        <translation>ปกปิดแหล่งที่มาของคำร้องเรียน</translation>
    </message>
    <message>
        <source>The source is never named in the employer&apos;s notice (ILO C81 art. 15).</source>
        <translation>จะไม่ระบุแหล่งที่มาของคำร้องเรียนในหนังสือแจ้งนายจ้าง (ILO C81 ข้อ 15)</translation>
    </message>
    <message>
        <source>Follow-up of inspection</source>
        <translation>ติดตามผลจากการตรวจ</translation>
    </message>
    <message>
        <source>&amp;Follow-up of</source>
        <translation>ติดตามผลจาก (&amp;F)</translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation>ประเภทการตรวจ (&amp;T)</translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation>วันที่ตรวจ (&amp;D)</translation>
    </message>
    <message>
        <source>another laptop&apos;s, from HQ</source>
        <translation>ของแล็ปท็อปเครื่องอื่น จากส่วนกลาง</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>ข้อพบค้างอยู่ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>This establishment has no earlier visit, on this laptop or from HQ, so there is nothing to link; the visit is recorded without one.</source>
        <translation>สถานประกอบการนี้ไม่มีการตรวจครั้งก่อน ทั้งในเครื่องนี้และจากส่วนกลาง จึงไม่มีการตรวจให้เชื่อมโยง การเข้าตรวจครั้งนี้จะบันทึกโดยไม่เชื่อมโยงกับการตรวจครั้งก่อน</translation>
    </message>
    <message numerus="yes">
        <source>The %n open findings of that visit come with this one, to verify on site: corrected, partly or not corrected.</source>
        <translation>
            <numerusform>ข้อพบที่ยังค้าง %n ข้อของการตรวจครั้งนั้นจะมากับการตรวจครั้งนี้ เพื่อตรวจสอบ ณ สถานที่ว่า แก้ไขแล้ว แก้ไขบางส่วน หรือยังไม่แก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>That visit has no open finding left to verify; this visit is linked to it.</source>
        <translation>การตรวจครั้งนั้นไม่มีข้อพบที่ยังค้างให้ตรวจสอบแล้ว การเข้าตรวจครั้งนี้จะเชื่อมโยงกับการตรวจครั้งนั้น</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Choose the inspection this visit follows up.</source>
        <translation>เลือกการตรวจที่การเข้าตรวจครั้งนี้ติดตามผล</translation>
    </message>
</context>
<context>
    <name>VisitType</name>
    <message>
        <source>Routine</source>
        <translation>ตรวจตามปกติ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ตรวจตามคำร้องเรียน</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ตรวจติดตามผล</translation>
    </message>
    <message>
        <source>PIPO</source>
        <translation>PIPO</translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation>ปฏิบัติการพิเศษ</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>การติดตาม</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>บันทึกที่</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>ข้อค้นพบ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>ค้างอยู่ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n S1</source>
        <translation>
            <numerusform>S1 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified %n earlier findings</source>
        <translation>
            <numerusform>ตรวจผลข้อค้นพบครั้งก่อน %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>ตรวจติดตามโดย %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>วางแผนไว้วันที่ %1</translation>
    </message>
</context>
<context>
    <name>WorkforceModel</name>
    <message>
        <source>Visit date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>อายุต่ำกว่า 18 ปี</translation>
    </message>
    <message>
        <source>Nationality mix</source>
        <translation>สัดส่วนสัญชาติ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>เกินกำหนดหรือไม่</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>สิ่งที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>การตรวจครั้งก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Planned follow-up visit (%n open findings)</source>
        <translation>
            <numerusform>การตรวจติดตามที่วางแผนไว้ (ข้อค้นพบค้างอยู่ %n ข้อ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
</context>
<context>
    <name>ZawgyiWatcher</name>
    <message>
        <source>This Burmese text is in the old Zawgyi encoding. It is converted to Unicode when saved.</source>
        <translation>ข้อความภาษาพม่านี้ใช้การเข้ารหัส Zawgyi แบบเก่า ระบบจะแปลงเป็น Unicode เมื่อบันทึก</translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode.</source>
        <translation>แปลงจาก Zawgyi เป็น Unicode แล้ว</translation>
    </message>
</context>
</TS>
