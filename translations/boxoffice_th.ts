<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ServiceError</name>
    <message>
        <source>The local database could not be started: %1</source>
        <translation>ไม่สามารถเริ่มฐานข้อมูลในเครื่องได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 held by %2 for %3 more</source>
        <translation>
            <numerusform>%1 ถูกจองโดย %2 อีก %3 นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 held by %2</source>
        <translation>
            <numerusform>%1 ถูกจองโดย %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 held by another counter</source>
        <translation>
            <numerusform>%1 ถูกจองโดยเคาน์เตอร์อื่น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sold</source>
        <translation>
            <numerusform>%1 ขายแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocked</source>
        <translation>
            <numerusform>%1 งดจำหน่าย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not held by this counter</source>
        <translation>
            <numerusform>%1 ไม่ได้จองไว้ที่เคาน์เตอร์นี้</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats were chosen.</source>
        <translation>ยังไม่ได้เลือกที่นั่ง</translation>
    </message>
    <message>
        <source>Too many seats in one request: at most 50 seats at a time.</source>
        <translation>เลือกที่นั่งมากเกินไป: ทำรายการได้ครั้งละไม่เกิน 50 ที่นั่ง</translation>
    </message>
    <message>
        <source>The same seat was chosen twice.</source>
        <translation>มีการเลือกที่นั่งเดียวกันซ้ำ</translation>
    </message>
    <message>
        <source>This show does not exist (any more).</source>
        <translation>ไม่พบรายการแข่งขันนี้ (อาจถูกลบไปแล้ว)</translation>
    </message>
    <message>
        <source>Unknown seat: %1.</source>
        <translation>ไม่พบที่นั่ง: %1</translation>
    </message>
    <message>
        <source>Sales for this show are paused by a manager.</source>
        <translation>ผู้จัดการระงับการขายรายการนี้ชั่วคราว</translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation>ปิดการขายรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>The hold time must be between 1 and 60 minutes.</source>
        <translation>เวลาจองต้องอยู่ระหว่าง 1 ถึง 60 นาที</translation>
    </message>
    <message>
        <source>This counter is not registered with the box office.</source>
        <translation>เคาน์เตอร์นี้ยังไม่ได้ลงทะเบียนในระบบจำหน่ายบัตร</translation>
    </message>
    <message>
        <source>The signed-in clerk is not known or no longer active.</source>
        <translation>ไม่พบพนักงานที่เข้าสู่ระบบ หรือบัญชีถูกระงับการใช้งานแล้ว</translation>
    </message>
    <message>
        <source>This ticket type is not sold for this show.</source>
        <translation>รายการนี้ไม่มีจำหน่ายบัตรประเภทนี้</translation>
    </message>
    <message>
        <source>Choose a payment method: cash, card or PromptPay.</source>
        <translation>กรุณาเลือกวิธีชำระเงิน: เงินสด บัตรเครดิต/เดบิต หรือพร้อมเพย์</translation>
    </message>
    <message>
        <source>Some of the details entered are too long or missing.</source>
        <translation>ข้อมูลบางช่องยาวเกินไปหรือยังไม่ได้กรอก</translation>
    </message>
    <message>
        <source>Seats not available: %1.</source>
        <translation>ที่นั่งไม่ว่าง: %1</translation>
    </message>
    <message>
        <source>Another counter is booking %1 right now. Try again in a moment.</source>
        <translation>เคาน์เตอร์อื่นกำลังทำรายการที่นั่ง %1 อยู่ กรุณาลองใหม่ในอีกสักครู่</translation>
    </message>
    <message>
        <source>These seats were just sold to someone else.</source>
        <translation>ที่นั่งเหล่านี้เพิ่งขายให้ลูกค้ารายอื่นไปแล้ว</translation>
    </message>
    <message>
        <source>Your hold has ended: %1.</source>
        <translation>หมดเวลาจองที่นั่ง: %1</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>ไม่พบคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>This order is no longer active (cancelled or expired).</source>
        <translation>คำสั่งซื้อนี้ใช้งานไม่ได้แล้ว (ถูกยกเลิกหรือหมดอายุ)</translation>
    </message>
    <message>
        <source>Another counter is working on this order right now. Try again in a moment.</source>
        <translation>เคาน์เตอร์อื่นกำลังทำรายการคำสั่งซื้อนี้อยู่ กรุณาลองใหม่ในอีกสักครู่</translation>
    </message>
    <message>
        <source>Choose as many new seats as seats to change.</source>
        <translation>กรุณาเลือกที่นั่งใหม่ให้เท่ากับจำนวนที่นั่งที่ต้องการเปลี่ยน</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>กรุณาระบุเหตุผล</translation>
    </message>
    <message>
        <source>This checkout was already used for a different sale. Start a new checkout.</source>
        <translation>รายการชำระเงินนี้ถูกใช้กับการขายอื่นไปแล้ว กรุณาเริ่มรายการชำระเงินใหม่</translation>
    </message>
    <message>
        <source>The same customer bought these tickets a few minutes ago. Sell again anyway?</source>
        <translation>ลูกค้ารายนี้เพิ่งซื้อบัตรชุดนี้ไปเมื่อไม่กี่นาทีก่อน ต้องการขายซ้ำหรือไม่</translation>
    </message>
    <message>
        <source>Processing, please wait</source>
        <translation>กำลังประมวลผล กรุณารอ</translation>
    </message>
    <message>
        <source>Too many requests from this counter. Wait a moment.</source>
        <translation>เคาน์เตอร์นี้ส่งคำขอถี่เกินไป กรุณารอสักครู่</translation>
    </message>
    <message>
        <source>The database connection settings are not valid.</source>
        <translation>การตั้งค่าการเชื่อมต่อฐานข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The box-office database cannot be reached. Reconnecting…</source>
        <translation>ไม่สามารถเชื่อมต่อฐานข้อมูลระบบจำหน่ายบัตรได้ กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>The connection was lost before the database answered. Retry this checkout: it will not sell twice.</source>
        <translation>การเชื่อมต่อขาดหายก่อนฐานข้อมูลตอบกลับ กรุณาทำรายการชำระเงินนี้อีกครั้ง ระบบจะไม่ขายซ้ำ</translation>
    </message>
    <message>
        <source>The database refused the request. The details are in the log.</source>
        <translation>ฐานข้อมูลปฏิเสธคำขอ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message numerus="yes">
        <source>%1 not part of this show&apos;s venue.</source>
        <translation>
            <numerusform>%1 ไม่อยู่ในผังที่นั่งของสนามสำหรับรายการนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not of the chosen ticket type.</source>
        <translation>
            <numerusform>%1 ไม่ใช่ประเภทบัตรที่เลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not part of this order.</source>
        <translation>
            <numerusform>%1 ไม่ได้อยู่ในคำสั่งซื้อนี้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
    <message>
        <source>Box Office</source>
        <translation>ระบบจำหน่ายบัตร</translation>
    </message>
    <message>
        <source>&amp;Shows</source>
        <translation>รายการแข่งขัน (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>ยังไม่ได้เชื่อมต่อ</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) on sale</source>
        <translation>
            <numerusform>เปิดขาย %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>ระงับชั่วคราว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดการขาย</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>สถานะการขาย</translation>
    </message>
    <message>
        <source>Ringside free</source>
        <translation>ริงไซด์ว่าง</translation>
    </message>
    <message>
        <source>Class 2 free</source>
        <translation>ชั้น 2 ว่าง</translation>
    </message>
    <message>
        <source>Class 3 free</source>
        <translation>ชั้น 3 ว่าง</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BOXOFFICE_DB: %1</source>
        <translation>BOXOFFICE_DB: %1</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>ฐานข้อมูลส่วนกลาง: %1</translation>
    </message>
    <message>
        <source>Local database in %1</source>
        <translation>ฐานข้อมูลในเครื่องที่ %1</translation>
    </message>
    <message>
        <source>Box office for ticket counters.</source>
        <translation>ระบบจำหน่ายบัตรสำหรับเคาน์เตอร์ขายบัตร</translation>
    </message>
    <message>
        <source>Folder of the local database.</source>
        <translation>โฟลเดอร์ของฐานข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>Start, load the shows, and quit (smoke test).</source>
        <translation>เริ่มโปรแกรม โหลดรายการแข่งขัน แล้วปิดโปรแกรม (ทดสอบเบื้องต้น)</translation>
    </message>
    <message>
        <source>Starting the database…</source>
        <translation>กำลังเริ่มฐานข้อมูล…</translation>
    </message>
</context>
</TS>
