<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Approvals</name>
    <message>
        <source>Type the supervisor&apos;s user name and password.</source>
        <translation>พิมพ์ชื่อผู้ใช้และรหัสผ่านของหัวหน้า</translation>
    </message>
    <message>
        <source>Wrong supervisor user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านของหัวหน้าไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor or a manager can approve.</source>
        <translation>%1 ไม่ใช่หัวหน้า: เฉพาะหัวหน้าหรือผู้จัดการเท่านั้นที่อนุมัติได้</translation>
    </message>
</context>
<context>
    <name>CashReportSlip</name>
    <message>
        <source>Z report (shift closed) — shift %1</source>
        <translation>รายงาน Z (ปิดกะแล้ว) — กะที่ %1</translation>
    </message>
    <message>
        <source>X report (shift still open) — shift %1</source>
        <translation>รายงาน X (กะยังเปิดอยู่) — กะที่ %1</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>เคาน์เตอร์: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>ตั้งแต่: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>ถึง: %1</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation>รับด้วย%1</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>คืนเงินด้วย%1</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>นำเงินเข้า</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>นำเงินออก</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>เงินสดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Tickets sold: %1</source>
        <translation>ตั๋วที่ขาย: %1</translation>
    </message>
    <message>
        <source>Tickets returned: %1</source>
        <translation>ตั๋วที่คืน: %1</translation>
    </message>
    <message>
        <source>Tickets net: %1</source>
        <translation>ตั๋วสุทธิ: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cash taken, tickets and expected cash: shown after your count at the close (blind count)</source>
        <translation>ยอดรับเงินสด จำนวนบัตร และเงินสดที่ควรมี: แสดงหลังจากคุณนับเงินตอนปิดกะ (นับโดยไม่เห็นยอด)</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>พนักงานขาย: %1</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Awaiting payment</source>
        <translation>รอชำระเงิน</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตรเครดิต/เดบิต</translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation>พร้อมเพย์</translation>
    </message>
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
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <comment>date, time (UTC offset, zone name)</comment>
        <translation>%1 เวลา %2 น. (%3, %4)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, UTC offset</comment>
        <translation>%1 %2 น. %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2 น.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>จองโดยเคาน์เตอร์นี้</translation>
    </message>
    <message>
        <source>Held by another counter</source>
        <translation>จองโดยเคาน์เตอร์อื่น</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>งดจำหน่าย</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>เจ้าหน้าที่ประตู</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Valid</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation>เข้างานไปแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>คืนบัตรแล้ว</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>มีบัตรใหม่แทนแล้ว</translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation>ผิดรอบการแสดง</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>ผิดวัน</translation>
    </message>
    <message>
        <source>Not yet open</source>
        <translation>ยังไม่เปิดประตู</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>ยังไม่ได้ชำระเงิน</translation>
    </message>
    <message>
        <source>Unknown or forged</source>
        <translation>ไม่รู้จักหรือปลอม</translation>
    </message>
    <message>
        <source>Passed out</source>
        <translation>ออกชั่วคราว</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>เข้างานซ้ำ</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>No orphaned bookings</source>
        <translation>ไม่มีการจองตกค้าง</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned booking(s)</source>
        <translation>
            <numerusform>การจองตกค้าง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No stale seat locks</source>
        <translation>ไม่มีการล็อกที่นั่งค้าง</translation>
    </message>
    <message numerus="yes">
        <source>%n stale seat lock(s)</source>
        <translation>
            <numerusform>การล็อกที่นั่งค้าง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate guards: nothing unusual</source>
        <translation>ระบบกันรายการซ้ำ: ไม่พบสิ่งผิดปกติ</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) tripping the duplicate guards</source>
        <translation>
            <numerusform>ระบบกันรายการซ้ำทำงานบ่อยผิดปกติที่ %n เคาน์เตอร์</numerusform>
        </translation>
    </message>
    <message>
        <source>Every counter is online</source>
        <translation>ทุกเคาน์เตอร์ออนไลน์อยู่</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) offline</source>
        <translation>
            <numerusform>เคาน์เตอร์ออฟไลน์ %n แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Background jobs run on time</source>
        <translation>งานเบื้องหลังทำงานตรงเวลา</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) failed, late or never run</source>
        <translation>
            <numerusform>งานเบื้องหลัง %n งานล้มเหลว ล่าช้า หรือไม่เคยทำงาน</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats still sold or held for an order that was cancelled or has expired: nobody can buy them until they are freed.</source>
        <translation>ที่นั่งที่ยังมีสถานะขายแล้วหรือถูกจองไว้ให้คำสั่งซื้อที่ยกเลิกหรือหมดอายุไปแล้ว: จะไม่มีใครซื้อที่นั่งเหล่านี้ได้จนกว่าจะปล่อยคืน</translation>
    </message>
    <message>
        <source>Holds past their time that the cleanup has not released yet. They do not stop a sale (a hold past its time counts as free), but many of them mean the cleanup job is behind.</source>
        <translation>การจองที่หมดเวลาแล้วแต่งานล้างข้อมูลยังไม่ได้ปล่อยคืน รายการเหล่านี้ไม่ขัดขวางการขาย (การจองที่หมดเวลาถือว่าที่นั่งว่าง) แต่หากมีจำนวนมากแสดงว่างานล้างข้อมูลทำงานล่าช้า</translation>
    </message>
    <message>
        <source>A counter whose duplicate guards tripped far more often than the other counters&apos; lately: a stuck key, repeated clicks, or a network that keeps retrying.</source>
        <translation>เคาน์เตอร์ที่ระบบกันรายการซ้ำทำงานบ่อยกว่าเคาน์เตอร์อื่นมากในช่วงนี้: อาจเกิดจากแป้นค้าง การคลิกซ้ำหลายครั้ง หรือเครือข่ายที่ส่งคำขอซ้ำไม่หยุด</translation>
    </message>
    <message>
        <source>Counters that were working but have sent no heartbeat lately: the app may have stopped or the network may be down. Counters closed properly are not listed.</source>
        <translation>เคาน์เตอร์ที่เคยทำงานอยู่แต่ไม่ได้ส่งสัญญาณชีพ (heartbeat) มาระยะหนึ่ง: โปรแกรมอาจหยุดทำงานหรือเครือข่ายอาจขัดข้อง เคาน์เตอร์ที่ปิดโปรแกรมอย่างถูกต้องจะไม่แสดงในรายการนี้</translation>
    </message>
    <message>
        <source>Background jobs whose last run failed (critical), that have not run for more than twice their period, or that never ran (warning).</source>
        <translation>งานเบื้องหลังที่ทำงานครั้งล่าสุดล้มเหลว (วิกฤต) ไม่ได้ทำงานนานเกินสองเท่าของรอบเวลา หรือไม่เคยทำงานเลย (คำเตือน)</translation>
    </message>
    <message>
        <source>The time this counter waits for the database to answer a trivial query.</source>
        <translation>เวลาที่เคาน์เตอร์นี้รอให้ฐานข้อมูลตอบคำสั่งค้นหาอย่างง่าย</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>สถานะคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Seat state</source>
        <translation>สถานะที่นั่ง</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>ผู้จอง</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>จองถึง</translation>
    </message>
    <message>
        <source>Minutes past</source>
        <translation>เกินเวลา (นาที)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>รายการซ้ำ</translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation>คำขอซ้ำ</translation>
    </message>
    <message>
        <source>Already in progress</source>
        <translation>กำลังดำเนินการอยู่</translation>
    </message>
    <message>
        <source>Retries by key</source>
        <translation>คำขอซ้ำจากคีย์เดิม</translation>
    </message>
    <message>
        <source>Similar orders</source>
        <translation>คำสั่งซื้อคล้ายกัน</translation>
    </message>
    <message>
        <source>Others&apos; median</source>
        <translation>ค่ามัธยฐานของเคาน์เตอร์อื่น</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ช่วงเวลา (นาที)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <source>Silent (s)</source>
        <translation>ขาดการติดต่อ (วินาที)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>ทำงานล่าสุด</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>ทำงานโดย</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>ระยะเวลา (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Period (s)</source>
        <translation>รอบเวลา (วินาที)</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>เวลาไป-กลับ (ms)</translation>
    </message>
    <message>
        <source>Warning at (ms)</source>
        <translation>เกณฑ์เตือน (ms)</translation>
    </message>
    <message>
        <source>Critical at (ms)</source>
        <translation>เกณฑ์วิกฤต (ms)</translation>
    </message>
    <message>
        <source>Database not answering</source>
        <translation>ฐานข้อมูลไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>Database answers in %1 ms</source>
        <translation>ฐานข้อมูลตอบสนองใน %1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>Database slow: %1 ms round trip</source>
        <translation>ฐานข้อมูลช้า: เวลาไป-กลับ %1 มิลลิวินาที</translation>
    </message>
    <message numerus="yes">
        <source>No healthy standby server (%n streaming)</source>
        <translation>
            <numerusform>ไม่มีเซิร์ฟเวอร์สำรองที่ใช้งานได้ (ส่งข้อมูลอยู่ %n เครื่อง)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A standby server is falling behind (%n streaming)</source>
        <translation>
            <numerusform>เซิร์ฟเวอร์สำรองตามไม่ทัน (ส่งข้อมูลอยู่ %n เครื่อง)</numerusform>
        </translation>
    </message>
    <message>
        <source>One database server, no standby</source>
        <translation>ฐานข้อมูลเครื่องเดียว ไม่มีเครื่องสำรอง</translation>
    </message>
    <message numerus="yes">
        <source>%n standby server(s) streaming</source>
        <translation>
            <numerusform>เซิร์ฟเวอร์สำรองรับข้อมูลอยู่ %n เครื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server the counters write to (the primary) and its standby servers. With a synchronous standby expected, none streaming is critical: a sale waits for it, and the next failure of the primary has nothing to fail over to. A standby replaying more than 10 seconds behind is a warning.</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูลที่เคาน์เตอร์บันทึกข้อมูล (เครื่องหลัก) และเซิร์ฟเวอร์สำรอง หากต้องมีเครื่องสำรองแบบซิงโครนัสแต่ไม่มีเครื่องใดรับข้อมูลอยู่ ถือเป็นขั้นวิกฤต: การขายจะต้องรอเครื่องสำรอง และหากเครื่องหลักล้มอีกครั้งจะไม่มีเครื่องให้สลับไปใช้ เครื่องสำรองที่ตามหลังเกิน 10 วินาทีถือเป็นคำเตือน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>ซิงโครนัส</translation>
    </message>
    <message>
        <source>Behind (s)</source>
        <translation>ตามหลัง (วินาที)</translation>
    </message>
    <message>
        <source>Every gate station is online</source>
        <translation>ทุกจุดตรวจบัตรออนไลน์อยู่</translation>
    </message>
    <message numerus="yes">
        <source>%n gate station(s) offline</source>
        <translation>
            <numerusform>จุดตรวจบัตรออฟไลน์ %n จุด</numerusform>
        </translation>
    </message>
    <message>
        <source>Gates: refusals as usual</source>
        <translation>ประตู: การปฏิเสธบัตรอยู่ในระดับปกติ</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) refusing many scans</source>
        <translation>
            <numerusform>ประตูที่ปฏิเสธบัตรจำนวนมาก %n ประตู</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate stations that were open for a show and have not been heard from lately (they say they are alive every 30 seconds): the PC, the app or the network may be down, and the gate may be admitting from its downloaded list. Stations closed properly are not listed.</source>
        <translation>จุดตรวจบัตรที่เปิดไว้สำหรับรายการแข่งขันแต่ขาดการติดต่อไประยะหนึ่ง (ปกติจะแจ้งสถานะทุก 30 วินาที): เครื่อง โปรแกรม หรือเครือข่ายอาจขัดข้อง และประตูนั้นอาจกำลังให้เข้างานจากรายชื่อที่ดาวน์โหลดไว้ จุดที่ปิดอย่างถูกต้องจะไม่แสดงในรายการ</translation>
    </message>
    <message>
        <source>Gates that refused many of their scans in the last minutes: forged or copied tickets, people at the wrong show&apos;s door, or a scanner misreading. The most frequent refusal is named.</source>
        <translation>ประตูที่ปฏิเสธบัตรที่สแกนเป็นสัดส่วนสูงในไม่กี่นาทีที่ผ่านมา: บัตรปลอมหรือบัตรที่ถูกคัดลอก ผู้ชมมาผิดรายการ หรือเครื่องสแกนอ่านผิด แสดงเหตุผลที่ปฏิเสธบ่อยที่สุดด้วย</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ประตู</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>เจ้าหน้าที่ประตู</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>จำนวนสแกน</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Refused %</source>
        <translation>ปฏิเสธ %</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>ส่วนใหญ่เป็น</translation>
    </message>
</context>
<context>
    <name>OfflineGate</name>
    <message>
        <source>This gate cannot write to %1, so it cannot admit on its own.</source>
        <translation>ประตูนี้บันทึกไฟล์ลงใน %1 ไม่ได้ จึงให้เข้างานเองโดยไม่มีฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The database does not answer and this gate has no admission list for the show: not checked.</source>
        <translation>ฐานข้อมูลไม่ตอบ และประตูนี้ไม่มีรายชื่อบัตรของรายการแข่งขันนี้: ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>Without the database only the QR code can be checked: scan it (the short code cannot be).</source>
        <translation>เมื่อไม่มีฐานข้อมูล ตรวจได้เฉพาะคิวอาร์โค้ด: กรุณาสแกนคิวอาร์โค้ด (รหัสสั้นตรวจไม่ได้)</translation>
    </message>
</context>
<context>
    <name>OfflineSignIn</name>
    <message>
        <source>This station cannot write %1, so door staff cannot sign in here while the database is away.</source>
        <translation>สถานีนี้เขียนไฟล์ %1 ไม่ได้ เจ้าหน้าที่ประตูจึงลงชื่อเข้าใช้ที่นี่ไม่ได้ขณะติดต่อฐานข้อมูลไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>%1 last signed in at this station with the database on %2. Offline, door staff can sign in only within %n hour(s) of that. Sign in once the database is back.</source>
        <translation>
            <numerusform>%1 ลงชื่อเข้าใช้ที่สถานีนี้ขณะเชื่อมต่อฐานข้อมูลได้ครั้งล่าสุดเมื่อ %2 เมื่อออฟไลน์ เจ้าหน้าที่ประตูลงชื่อเข้าใช้ได้ภายใน %n ชั่วโมงหลังจากนั้นเท่านั้น โปรดลงชื่อเข้าใช้เมื่อฐานข้อมูลกลับมา</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>Enter the counted cash: an amount from 0.00 to %1 baht.</source>
        <translation>กรุณากรอกเงินสดที่นับได้: จำนวนเงินตั้งแต่ 0.00 ถึง %1 บาท</translation>
    </message>
    <message>
        <source>The note is too long: at most 500 characters.</source>
        <translation>หมายเหตุยาวเกินไป: ไม่เกิน 500 ตัวอักษร</translation>
    </message>
    <message>
        <source>The cash of this counter was already reconciled for a shift overlapping this one (%1 to %2). Refresh to get the next shift.</source>
        <translation>เงินสดของเคาน์เตอร์นี้กระทบยอดไปแล้วในกะที่ทับซ้อนกับกะนี้ (%1 ถึง %2) กรุณากดรีเฟรชเพื่อดึงกะถัดไป</translation>
    </message>
    <message>
        <source>A shift cannot end in the future.</source>
        <translation>เวลาสิ้นสุดกะต้องไม่อยู่ในอนาคต</translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation>เวลาสิ้นสุดกะต้องอยู่หลังเวลาเริ่มกะ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>ประเภทบัตร</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>ยอดสุทธิ</translation>
    </message>
    <message>
        <source>Cash gross</source>
        <translation>เงินสด: ยอดขายรวม</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>เงินสด: ยอดคืนเงิน</translation>
    </message>
    <message>
        <source>Cash net</source>
        <translation>เงินสด: ยอดสุทธิ</translation>
    </message>
    <message>
        <source>Card gross</source>
        <translation>บัตรเครดิต/เดบิต: ยอดขายรวม</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>บัตรเครดิต/เดบิต: ยอดคืนเงิน</translation>
    </message>
    <message>
        <source>Card net</source>
        <translation>บัตรเครดิต/เดบิต: ยอดสุทธิ</translation>
    </message>
    <message>
        <source>PromptPay gross</source>
        <translation>พร้อมเพย์: ยอดขายรวม</translation>
    </message>
    <message>
        <source>PromptPay refunds</source>
        <translation>พร้อมเพย์: ยอดคืนเงิน</translation>
    </message>
    <message>
        <source>PromptPay net</source>
        <translation>พร้อมเพย์: ยอดสุทธิ</translation>
    </message>
    <message>
        <source>No clerk recorded</source>
        <translation>ไม่ได้บันทึกพนักงานขาย</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>ไม่สามารถบันทึก %1 ได้: %2</translation>
    </message>
    <message>
        <source>Choose how to group the report: by show, zone, price type, counter or clerk.</source>
        <translation>กรุณาเลือกการจัดกลุ่มรายงาน: ตามรายการแข่งขัน โซน ประเภทราคา เคาน์เตอร์ หรือพนักงานขาย</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>ประเภทราคา</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Orders sold</source>
        <translation>คำสั่งซื้อที่ขาย</translation>
    </message>
    <message>
        <source>Orders returned</source>
        <translation>คำสั่งซื้อที่คืน</translation>
    </message>
    <message>
        <source>Net orders</source>
        <translation>คำสั่งซื้อสุทธิ</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>บัตรที่ขาย</translation>
    </message>
    <message>
        <source>Tickets returned</source>
        <translation>บัตรที่คืน</translation>
    </message>
    <message>
        <source>Net tickets</source>
        <translation>บัตรสุทธิ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>รับเงิน</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>ยอดคืนเงิน</translation>
    </message>
</context>
<context>
    <name>SeatBlocks</name>
    <message>
        <source>The two shows are at different venues: blocks are copied only between shows of one venue.</source>
        <translation>ทั้งสองรอบอยู่คนละสนาม: คัดลอกการกันที่นั่งได้เฉพาะระหว่างรอบของสนามเดียวกัน</translation>
    </message>
</context>
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
    <message>
        <source>The connection was lost before the database answered. Try again: nothing is done twice.</source>
        <translation>การเชื่อมต่อขาดหายก่อนฐานข้อมูลตอบกลับ กรุณาลองอีกครั้ง ระบบจะไม่ทำรายการซ้ำ</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask a supervisor or manager.</source>
        <translation>บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้ กรุณาติดต่อหัวหน้างานหรือผู้จัดการ</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a few minutes.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกล็อกชั่วคราวสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>บัญชีนี้ถูกล็อกเพราะใส่รหัสผ่านผิดหลายครั้ง ลองใหม่ในอีก %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is not registered as a counter. Ask a manager to register it.</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนเป็นเคาน์เตอร์ กรุณาให้ผู้จัดการลงทะเบียน</translation>
    </message>
    <message>
        <source>This counter is in use by another sign-in.</source>
        <translation>เคาน์เตอร์นี้มีผู้อื่นลงชื่อเข้าใช้อยู่</translation>
    </message>
    <message>
        <source>You are signed in at another counter: you can only work for your own.</source>
        <translation>คุณลงชื่อเข้าใช้ที่เคาน์เตอร์อื่นอยู่ ทำรายการได้เฉพาะเคาน์เตอร์ของคุณเท่านั้น</translation>
    </message>
    <message>
        <source>You are not signed in at a counter (any more). Sign in again.</source>
        <translation>คุณไม่ได้ลงชื่อเข้าใช้ที่เคาน์เตอร์ใดอยู่ กรุณาลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Sales for this show are over: its sales window is closed.</source>
        <translation>ปิดการขายรอบนี้แล้ว: หมดช่วงเวลาขาย</translation>
    </message>
    <message>
        <source>Counter %1 is in use by %2 since %3.</source>
        <translation>เคาน์เตอร์ %1 กำลังใช้งานโดย %2 ตั้งแต่ %3</translation>
    </message>
    <message>
        <source>This venue does not exist (any more).</source>
        <translation>ไม่มีสนามนี้ (แล้ว)</translation>
    </message>
    <message>
        <source>Not a PromptPay id: type a mobile number (0 and 9 digits), a 13-digit national or tax id, or a 15-digit e-wallet id.</source>
        <translation>ไม่ใช่หมายเลขพร้อมเพย์: พิมพ์หมายเลขโทรศัพท์มือถือ (0 ตามด้วยตัวเลข 9 หลัก) เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี 13 หลัก หรือหมายเลขอีวอลเล็ต 15 หลัก</translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation>มีค่าที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>ชื่อนี้มีผู้ใช้แล้ว</translation>
    </message>
    <message>
        <source>This ticket type does not exist at this venue.</source>
        <translation>สนามนี้ไม่มีประเภทตั๋วนี้</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>ไม่พบพนักงานคนนี้</translation>
    </message>
    <message>
        <source>This is the last active manager: make another account a manager first, so someone can still manage.</source>
        <translation>นี่คือผู้จัดการคนสุดท้ายที่ยังใช้งานอยู่: ตั้งบัญชีอื่นเป็นผู้จัดการก่อน เพื่อให้ยังมีผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>This show is cancelled.</source>
        <translation>รอบการแข่งขันนี้ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>The new layout would remove or re-zone seats that are sold or held: %1.</source>
        <translation>ผังใหม่จะลบหรือเปลี่ยนโซนที่นั่งที่ขายแล้วหรือถูกจองไว้: %1</translation>
    </message>
    <message>
        <source>This password is too weak: use at least 8 characters, not your user name.</source>
        <translation>รหัสผ่านนี้ง่ายเกินไป: ใช้อย่างน้อย 8 ตัวอักษร และไม่ใช่ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>ไม่ได้ระบุ%1</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1ยาวเกินไป (ไม่เกิน %2 ตัวอักษร)</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1ติดลบไม่ได้</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1เป็นเวลาที่ผ่านไปแล้ว</translation>
    </message>
    <message>
        <source>%1 is not in a form the box office understands.</source>
        <translation>%1อยู่ในรูปแบบที่ระบบไม่รู้จัก</translation>
    </message>
    <message>
        <source>%1 is out of range (%2).</source>
        <translation>%1อยู่นอกช่วงที่กำหนด (%2)</translation>
    </message>
    <message>
        <source>%1 must be after %2.</source>
        <translation>%1ต้องอยู่หลัง%2</translation>
    </message>
    <message>
        <source>%1 must be before %2.</source>
        <translation>%1ต้องอยู่ก่อน%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>ชื่อรายการ</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>ชื่อรอง</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>The doors time</source>
        <translation>เวลาเปิดประตู</translation>
    </message>
    <message>
        <source>The start of sales</source>
        <translation>เวลาเริ่มขาย</translation>
    </message>
    <message>
        <source>The end of sales</source>
        <translation>เวลาปิดขาย</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>The ticket type</source>
        <translation>ประเภทตั๋ว</translation>
    </message>
    <message>
        <source>The zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>The section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>The row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>The seat number</source>
        <translation>หมายเลขที่นั่ง</translation>
    </message>
    <message>
        <source>The seat label</source>
        <translation>ป้ายที่นั่ง</translation>
    </message>
    <message>
        <source>The x position</source>
        <translation>ตำแหน่ง x</translation>
    </message>
    <message>
        <source>The y position</source>
        <translation>ตำแหน่ง y</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>The kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>The weekdays</source>
        <translation>วันในสัปดาห์</translation>
    </message>
    <message>
        <source>The number of weeks</source>
        <translation>จำนวนสัปดาห์</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already in use.</source>
        <translation>%1 &quot;%2&quot; มีผู้ใช้แล้ว</translation>
    </message>
    <message>
        <source>The venue has no ticket type %1.</source>
        <translation>สนามนี้ไม่มีประเภทตั๋ว %1</translation>
    </message>
    <message>
        <source>This password is too weak: use at least %1 characters, not your user name.</source>
        <translation>รหัสผ่านนี้ง่ายเกินไป: ใช้อย่างน้อย %1 ตัวอักษร และไม่ใช่ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>The payments do not add up to the order&apos;s total.</source>
        <translation>ยอดชำระรวมไม่เท่ากับยอดรวมของคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount paid in cash.</source>
        <translation>เงินสดที่รับมาน้อยกว่ายอดที่ชำระเป็นเงินสด</translation>
    </message>
    <message>
        <source>That is more than was paid for this order: it cannot be refunded.</source>
        <translation>ยอดนี้มากกว่าที่ชำระไว้สำหรับคำสั่งซื้อนี้ จึงคืนเงินไม่ได้</translation>
    </message>
    <message>
        <source>This show does not sell that price type for that ticket type.</source>
        <translation>รอบการแสดงนี้ไม่ขายประเภทราคานี้สำหรับประเภทบัตรนี้</translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s approval.</source>
        <translation>ต้องได้รับการอนุมัติจากหัวหน้างาน</translation>
    </message>
    <message>
        <source>The supervisor&apos;s approval is not valid (unknown, already used or too old).</source>
        <translation>การอนุมัติของหัวหน้างานใช้ไม่ได้ (ไม่พบ ใช้ไปแล้ว หรือหมดอายุ)</translation>
    </message>
    <message>
        <source>These seats were returned already: %1.</source>
        <translation>ที่นั่งเหล่านี้ถูกคืนไปแล้ว: %1</translation>
    </message>
    <message>
        <source>This counter&apos;s shift is already open.</source>
        <translation>กะของเคาน์เตอร์นี้เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>The order&apos;s payments would not match its total: nothing was changed.</source>
        <translation>ยอดชำระของคำสั่งซื้อจะไม่ตรงกับยอดรวม จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>%1 cannot be zero.</source>
        <translation>%1 ต้องไม่เป็นศูนย์</translation>
    </message>
    <message>
        <source>%1: too many.</source>
        <translation>%1: มากเกินไป</translation>
    </message>
    <message>
        <source>%1 is only for cash.</source>
        <translation>%1 ใช้ได้เฉพาะเงินสด</translation>
    </message>
    <message>
        <source>%1 are taken when a pending order is paid, not when it is reserved.</source>
        <translation>%1 จะรับเมื่อชำระเงินคำสั่งซื้อที่จองไว้ ไม่ใช่ตอนจอง</translation>
    </message>
    <message>
        <source>The payments</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>The cash handed over</source>
        <translation>เงินสดที่รับมา</translation>
    </message>
    <message>
        <source>The payment reference</source>
        <translation>เลขอ้างอิงการชำระเงิน</translation>
    </message>
    <message>
        <source>The price type</source>
        <translation>ประเภทราคา</translation>
    </message>
    <message>
        <source>The float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>The counted cash</source>
        <translation>เงินสดที่นับได้</translation>
    </message>
    <message>
        <source>The payments add up to %1 baht, but the total is %2 baht.</source>
        <translation>ยอดชำระรวม %1 บาท แต่ยอดรวมคือ %2 บาท</translation>
    </message>
    <message>
        <source>%1 baht in cash was handed over for a cash payment of %2 baht.</source>
        <translation>รับเงินสดมา %1 บาท สำหรับการชำระเงินสด %2 บาท</translation>
    </message>
    <message>
        <source>A refund of %1 baht is more than the %2 baht that can still be refunded.</source>
        <translation>การคืนเงิน %1 บาท มากกว่ายอด %2 บาทที่ยังคืนได้</translation>
    </message>
    <message>
        <source>The show has started: a return or exchange now needs a supervisor&apos;s approval.</source>
        <translation>การแสดงเริ่มแล้ว: การคืนหรือเปลี่ยนบัตรตอนนี้ต้องได้รับอนุมัติจากหัวหน้า</translation>
    </message>
    <message>
        <source>A comp ticket needs a supervisor&apos;s approval.</source>
        <translation>บัตรเชิญต้องได้รับอนุมัติจากหัวหน้า</translation>
    </message>
    <message>
        <source>A price this far below the standard price needs a supervisor&apos;s approval.</source>
        <translation>ราคาที่ต่ำกว่าราคาปกติมากขนาดนี้ต้องได้รับอนุมัติจากหัวหน้า</translation>
    </message>
    <message>
        <source>%1 of a comp is always 0.</source>
        <translation>%1ของบัตรเชิญเป็น 0 เสมอ</translation>
    </message>
    <message>
        <source>%1: not possible for the Standard price type.</source>
        <translation>%1: ทำไม่ได้กับประเภทราคาปกติ</translation>
    </message>
    <message>
        <source>%1: shows sell this price type above 0; set those prices to 0 first.</source>
        <translation>%1: มีรอบการแสดงที่ขายประเภทราคานี้เกิน 0 บาท ให้ตั้งราคาเหล่านั้นเป็น 0 ก่อน</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>The Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>Comp</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>The approval percentage</source>
        <translation>เปอร์เซ็นต์ที่ต้องขออนุมัติ</translation>
    </message>
    <message>
        <source>The minutes an approval lasts</source>
        <translation>จำนวนนาทีที่การอนุมัติมีผล</translation>
    </message>
    <message>
        <source>This order is not paid: it has no tickets to print.</source>
        <translation>คำสั่งซื้อนี้ยังไม่ได้ชำระเงิน: ยังไม่มีบัตรให้พิมพ์</translation>
    </message>
    <message>
        <source>No ticket of this show has that code.</source>
        <translation>ไม่มีบัตรของรอบการแสดงนี้ที่มีรหัสนี้</translation>
    </message>
    <message>
        <source>This ticket is not inside: it was not admitted, or has already gone out.</source>
        <translation>บัตรนี้ไม่ได้อยู่ด้านใน: ยังไม่ได้เข้างาน หรือออกไปแล้ว</translation>
    </message>
    <message>
        <source>This show does not allow going out and coming back in.</source>
        <translation>รอบการแสดงนี้ไม่อนุญาตให้ออกแล้วกลับเข้ามาใหม่</translation>
    </message>
    <message>
        <source>The gate&apos;s name</source>
        <translation>ชื่อประตู</translation>
    </message>
    <message>
        <source>The offline scans</source>
        <translation>รายการสแกนแบบออฟไลน์</translation>
    </message>
    <message>
        <source>This show does not sell price type “%1” for that ticket type.</source>
        <translation>รอบการแสดงนี้ไม่ขายประเภทราคา “%1” สำหรับประเภทบัตรนั้น</translation>
    </message>
    <message>
        <source>This show does not sell price type “%1” for ticket type %2.</source>
        <translation>รอบการแสดงนี้ไม่ขายประเภทราคา “%1” สำหรับประเภทบัตร %2</translation>
    </message>
    <message>
        <source>No shift is open at this counter: cash can be taken or paid out only in an open shift. Open one with the counted float (Cash → Open shift…).</source>
        <translation>เคาน์เตอร์นี้ยังไม่ได้เปิดกะ: รับหรือจ่ายเงินสดได้เฉพาะในกะที่เปิดอยู่ กรุณาเปิดกะพร้อมนับเงินทอนตั้งต้น (เงินสด → เปิดกะ…)</translation>
    </message>
    <message>
        <source>Another clerk&apos;s shift is open at this counter: no cash can be taken or paid out in it. That clerk closes it, or a supervisor closes it for them.</source>
        <translation>กะของพนักงานคนอื่นเปิดอยู่ที่เคาน์เตอร์นี้: รับหรือจ่ายเงินสดในกะนั้นไม่ได้ พนักงานคนนั้นต้องปิดกะเอง หรือให้หัวหน้างานปิดแทน</translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter (since %2): no cash can be taken or paid out in it. %1 signs in here and closes it, or a supervisor closes it for them (Cash → Close shift…).</source>
        <translation>กะของ %1 เปิดอยู่ที่เคาน์เตอร์นี้ (ตั้งแต่ %2): รับหรือจ่ายเงินสดในกะนั้นไม่ได้ ให้ %1 เข้าสู่ระบบที่นี่แล้วปิดกะ หรือให้หัวหน้างานปิดแทน (เงินสด → ปิดกะ…)</translation>
    </message>
    <message>
        <source>%1&apos;s shift is already open at this counter (since %2).</source>
        <translation>กะของ %1 เปิดอยู่แล้วที่เคาน์เตอร์นี้ (ตั้งแต่ %2)</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead. Is the year in the Buddhist era? Type it as in the Christian era (2026 for 2569).</source>
        <translation>%1 อยู่ล่วงหน้าเกิน %2 ปี ปีที่พิมพ์เป็นพุทธศักราชหรือไม่ โปรดพิมพ์เป็นคริสต์ศักราช (2026 แทน 2569)</translation>
    </message>
    <message>
        <source>Choose a password of your own before you go on (this one was set for you by a manager).</source>
        <translation>โปรดตั้งรหัสผ่านของคุณเองก่อนดำเนินการต่อ (รหัสผ่านนี้ผู้จัดการตั้งไว้ให้)</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>Receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ชำระโดย</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>รับเงิน</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>ฝั่ง %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>ที่นั่ง %1</translation>
    </message>
    <message>
        <source>The ticket font %1 is missing (Debian package fonts-noto-core; scripts/install-deps.sh installs it). Tickets are not printed without it.</source>
        <translation>ไม่พบแบบอักษรสำหรับพิมพ์ตั๋ว %1 (แพ็กเกจ Debian fonts-noto-core; scripts/install-deps.sh ติดตั้งให้) จะพิมพ์ตั๋วไม่ได้จนกว่าจะติดตั้ง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>ใบเสร็จเลขที่</translation>
    </message>
    <message>
        <source>%1 (order number)</source>
        <translation>%1 (เลขที่คำสั่งซื้อ)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายเมื่อ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>เลขอ้างอิงการชำระเงิน</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>คำสั่งซื้อ #%1 · %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>The tickets could not be written to %1.</source>
        <translation>บันทึกตั๋วลงใน %1 ไม่ได้</translation>
    </message>
    <message>
        <source> (returned)</source>
        <translation> (คืนแล้ว)</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>คืนเงิน: %1</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>ประเภทราคา</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>ไม่สามารถบันทึกรายงานไปที่ %1 ได้</translation>
    </message>
    <message>
        <source>No entry code: not valid for entry. Reprint at the counter.</source>
        <translation>ไม่มีรหัสเข้างาน: ใช้เข้างานไม่ได้ กรุณาพิมพ์ใหม่ที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Entry code</source>
        <translation>รหัสเข้างาน</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VenueImport</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>บรรทัด %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot; (it needs section,row,number,label,zone,x,y).</source>
        <translation>บรรทัดหัวตารางไม่มีคอลัมน์ &quot;%1&quot; (ต้องมี section,row,number,label,zone,x,y)</translation>
    </message>
    <message>
        <source>The CSV is malformed here (a quote out of place?).</source>
        <translation>CSV ผิดรูปแบบตรงนี้ (เครื่องหมายคำพูดผิดที่หรือไม่)</translation>
    </message>
    <message>
        <source>The file has no header line (section,row,number,label,zone,x,y).</source>
        <translation>ไฟล์ไม่มีบรรทัดหัวตาราง (section,row,number,label,zone,x,y)</translation>
    </message>
    <message>
        <source>The JSON is malformed here: %1.</source>
        <translation>JSON ผิดรูปแบบตรงนี้: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ไม่ใช่ออบเจ็กต์</translation>
    </message>
    <message>
        <source>The ring&apos;s half size must be a number above 0.</source>
        <translation>ครึ่งความกว้างของเวทีต้องเป็นตัวเลขที่มากกว่า 0</translation>
    </message>
    <message>
        <source>The ticket type %1 is declared twice (first on line %2).</source>
        <translation>ประเภทตั๋ว %1 ถูกประกาศซ้ำ (ครั้งแรกที่บรรทัด %2)</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation>สี %1 ไม่อยู่ในรูปแบบ #rrggbb</translation>
    </message>
    <message>
        <source>The file declares no zones (#zone lines, or &quot;zones&quot; in JSON).</source>
        <translation>ไฟล์ไม่ได้ประกาศโซนใดเลย (บรรทัด #zone หรือ &quot;zones&quot; ใน JSON)</translation>
    </message>
    <message>
        <source>The file lists no seats.</source>
        <translation>ไฟล์ไม่มีรายการที่นั่ง</translation>
    </message>
    <message>
        <source>The zone %1 is not declared (declare it with a #zone line).</source>
        <translation>โซน %1 ไม่ได้ประกาศไว้ (ประกาศด้วยบรรทัด #zone)</translation>
    </message>
    <message>
        <source>The seat label %1 is used twice (first on line %2).</source>
        <translation>ป้ายที่นั่ง %1 ถูกใช้ซ้ำ (ครั้งแรกที่บรรทัด %2)</translation>
    </message>
    <message>
        <source>Seat %1 overlaps seat %2 (line %3): their centres are closer than %4.</source>
        <translation>ที่นั่ง %1 ทับที่นั่ง %2 (บรรทัด %3): จุดกึ่งกลางห่างกันน้อยกว่า %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>boxoffice::ApprovalDialog</name>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>การอนุมัติของหัวหน้า</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation>ชื่อผู้ใช้ของหัวหน้า (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>อนุมัติ (&amp;A)</translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation>พิมพ์เหตุผลก่อน</translation>
    </message>
    <message>
        <source>The supervisor types their user name and password.</source>
        <translation>หัวหน้าพิมพ์ชื่อผู้ใช้และรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>ไม่อนุมัติ: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Words in the reason or the detail</source>
        <translation>คำในเหตุผลหรือรายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>โดย (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>การดำเนินการ (&amp;A):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ข้อความ (&amp;X):</translation>
    </message>
    <message>
        <source>Detail as recorded:</source>
        <translation>รายละเอียดตามที่บันทึก:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>ทุกการดำเนินการ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>ไม่สามารถอ่านบันทึกการตรวจสอบได้: %1</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>ไม่มีรายการที่ตรงกับตัวกรองเหล่านี้</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n entry(s).</source>
        <translation>
            <numerusform>แสดง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>ยังไม่ได้เลือกรายการ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>เลขที่รายการ</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries; more match. Narrow the filters to see them.</source>
        <translation>
            <numerusform>แสดง %Ln รายการล่าสุด ยังมีรายการที่ตรงอีก กรองให้แคบลงเพื่อดูรายการเหล่านั้น</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (ล็อกอิน %2)</translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogModel</name>
    <message>
        <source>Force unlock</source>
        <translation>บังคับปลดล็อก</translation>
    </message>
    <message>
        <source>Sales state changed</source>
        <translation>เปลี่ยนสถานะการขาย</translation>
    </message>
    <message>
        <source>Duplicate locks cleared</source>
        <translation>ล้างการล็อกคำสั่งซื้อซ้ำ</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Staff account locked</source>
        <translation>ล็อกบัญชีพนักงาน</translation>
    </message>
    <message>
        <source>Staff password set</source>
        <translation>ตั้งรหัสผ่านพนักงาน</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>show #%1</source>
        <translation>รายการแข่งขัน #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen seat(s)</source>
        <translation>
            <numerusform>ที่นั่งที่เลือก %n ที่</numerusform>
        </translation>
    </message>
    <message>
        <source>whole show</source>
        <translation>ทั้งรายการแข่งขัน</translation>
    </message>
    <message>
        <source>every counter</source>
        <translation>ทุกเคาน์เตอร์</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>เฉพาะ %1</translation>
    </message>
    <message>
        <source>only counter #%1</source>
        <translation>เฉพาะเคาน์เตอร์ #%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>คำสั่งซื้อ #%1</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>คืนเงิน %1</translation>
    </message>
    <message numerus="yes">
        <source>locked for %n minute(s)</source>
        <translation>
            <numerusform>ล็อก %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (บัญชีฐานข้อมูล %2)</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>ล็อกอิน: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::BlocksPage</name>
    <message>
        <source>Show or venue</source>
        <translation>รอบการแข่งขันหรือสนาม</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>รายการแข่งขัน (&amp;S):</translation>
    </message>
    <message>
        <source>Click a seat to select it, Ctrl+click to add or remove one, drag a band to select every seat in it; arrows and Space select from the keyboard.</source>
        <translation>คลิกที่นั่งเพื่อเลือก Ctrl+คลิกเพื่อเพิ่มหรือเอาออก ลากกรอบเพื่อเลือกทุกที่นั่งในกรอบ ใช้ลูกศรและ Space เพื่อเลือกด้วยแป้นพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <source>e.g. TV camera platform, promoter&apos;s guests</source>
        <translation>เช่น แท่นกล้องโทรทัศน์ แขกของโปรโมเตอร์</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Block selected seats</source>
        <translation>กันที่นั่งที่เลือก (&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;lease selected seats</source>
        <translation>ปล่อยที่นั่งที่เลือก (&amp;L)</translation>
    </message>
    <message>
        <source>Blocked seats</source>
        <translation>ที่นั่งที่ถูกกัน</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>กันโดย</translation>
    </message>
    <message>
        <source>Release r&amp;ows</source>
        <translation>ปล่อยแถวที่เลือก (&amp;O)</translation>
    </message>
    <message>
        <source>Release the seats of the rows selected in the list</source>
        <translation>ปล่อยที่นั่งของแถวที่เลือกในรายการ</translation>
    </message>
    <message>
        <source>Release this k&amp;ind</source>
        <translation>ปล่อยทั้งประเภทนี้ (&amp;I)</translation>
    </message>
    <message>
        <source>Release every seat blocked as the kind chosen above</source>
        <translation>ปล่อยทุกที่นั่งที่ถูกกันด้วยประเภทที่เลือกด้านบน</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>ปล่อยทั้งหมด (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected</source>
        <translation>
            <numerusform>เลือกแล้ว %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>show title, time, venue</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Every future show of %1</source>
        <comment>venue</comment>
        <translation>ทุกรอบที่จะมาถึงของ %1</translation>
    </message>
    <message>
        <source>This venue has no show yet: its map appears once a show is made.</source>
        <translation>สนามนี้ยังไม่มีรอบการแข่งขัน: ผังที่นั่งจะแสดงเมื่อมีรอบแรก</translation>
    </message>
    <message>
        <source>%1 (every future show)</source>
        <translation>%1 (ทุกรอบที่จะมาถึง)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>กำลังดำเนินการ…</translation>
    </message>
    <message>
        <source>Select seats on the map first.</source>
        <translation>กรุณาเลือกที่นั่งบนผังก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>กันที่นั่งแล้ว %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked for every future show (%1 show seats).</source>
        <translation>
            <numerusform>กันที่นั่งแล้ว %n ที่นั่งสำหรับทุกรอบที่จะมาถึง (%1 ที่นั่งในทุกรอบ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released to sale.</source>
        <translation>
            <numerusform>ปล่อยขายแล้ว %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Show to copy blocks from</source>
        <translation>รายการที่จะคัดลอกการกันที่นั่งมา</translation>
    </message>
    <message>
        <source>Copy blocks &amp;from:</source>
        <translation>คัดลอกการกันที่นั่งจาก (&amp;F):</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>คัดลอก (&amp;P)</translation>
    </message>
    <message>
        <source>Block the seats the chosen show blocks, with the same kinds and reasons, in this show</source>
        <translation>กันที่นั่งในรายการนี้ตามที่รายการที่เลือกกันไว้ ด้วยประเภทและเหตุผลเดียวกัน</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n blocked)</source>
        <comment>show title, time; seats blocked</comment>
        <translation>
            <numerusform>%1 — %2 (กันไว้ %n ที่นั่ง)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked as in the other show.</source>
        <translation>
            <numerusform>กันที่นั่งตามรายการอื่นแล้ว %n ที่นั่ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CartModel</name>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>ประเภทราคา</translation>
    </message>
</context>
<context>
    <name>boxoffice::CashCountWidget</name>
    <message>
        <source>%1 baht notes:</source>
        <translation>ธนบัตร %1 บาท:</translation>
    </message>
    <message>
        <source>&amp;Coins (baht):</source>
        <translation>เหรียญ (บาท) (&amp;C):</translation>
    </message>
    <message>
        <source>or type the total counted</source>
        <translation>หรือพิมพ์ยอดรวมที่นับได้</translation>
    </message>
    <message>
        <source>Or the &amp;total:</source>
        <translation>หรือยอดรวม (&amp;T):</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>นับได้:</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>ไม่ใช่จำนวนเงิน</translation>
    </message>
</context>
<context>
    <name>boxoffice::CashMenu</name>
    <message>
        <source>Cas&amp;h</source>
        <translation>เงินสด (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>เปิดกะ… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paid in / paid out…</source>
        <translation>นำเงินเข้า / นำเงินออก… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>รายงาน X (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Close shift (Z report)…</source>
        <translation>ปิดกะ (รายงาน Z)… (&amp;C)</translation>
    </message>
    <message>
        <source>Shift open since %1 (float %2)</source>
        <translation>กะเปิดตั้งแต่ %1 (เงินทอนตั้งต้น %2)</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>ยังไม่ได้เปิดกะ</translation>
    </message>
    <message>
        <source>No shift is open at this counter: open one with the counted float (Cash → Open shift…, Ctrl+Shift+O) before taking cash.</source>
        <translation>เคาน์เตอร์นี้ยังไม่ได้เปิดกะ: กรุณาเปิดกะพร้อมนับเงินทอนตั้งต้น (เงินสด → เปิดกะ…, Ctrl+Shift+O) ก่อนรับเงินสด</translation>
    </message>
    <message>
        <source>Your shift is open since %1 (float %2): carry on.</source>
        <translation>กะของคุณเปิดอยู่ตั้งแต่ %1 (เงินทอนตั้งต้น %2): ทำงานต่อได้เลย</translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter since %2. Cash cannot be taken or paid out here until it is closed. Close it for %1 now: count the drawer (blind count), and the Z report is printed.</source>
        <translation>กะของ %1 เปิดอยู่ที่เคาน์เตอร์นี้ตั้งแต่ %2 รับหรือจ่ายเงินสดที่นี่ไม่ได้จนกว่าจะปิดกะ ปิดกะแทน %1 ตอนนี้: นับเงินในลิ้นชัก (นับโดยไม่เห็นยอด) แล้วระบบจะพิมพ์รายงาน Z</translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter since %2. You cannot take or pay out cash here until it is closed (card and PromptPay sales work). Ask %1 to sign in here and close it, or a supervisor to close it for them.</source>
        <translation>กะของ %1 เปิดอยู่ที่เคาน์เตอร์นี้ตั้งแต่ %2 คุณรับหรือจ่ายเงินสดที่นี่ไม่ได้จนกว่าจะปิดกะ (ขายด้วยบัตรและพร้อมเพย์ได้) ให้ %1 เข้าสู่ระบบที่นี่แล้วปิดกะ หรือให้หัวหน้างานปิดแทน</translation>
    </message>
    <message>
        <source>Another clerk&apos;s shift is open</source>
        <translation>กะของพนักงานคนอื่นเปิดอยู่</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>ภายหลัง (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close it for them…</source>
        <translation>ปิดกะแทน… (&amp;C)</translation>
    </message>
    <message>
        <source>%1&apos;s shift open since %2: no cash here</source>
        <translation>กะของ %1 เปิดตั้งแต่ %2: รับเงินสดที่นี่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>boxoffice::CashMovementDialog</name>
    <message>
        <source>Paid in / paid out</source>
        <translation>นำเงินเข้า / นำเงินออก</translation>
    </message>
    <message>
        <source>Paid out (cash taken from the drawer)</source>
        <translation>นำเงินออก (นำเงินสดออกจากลิ้นชัก)</translation>
    </message>
    <message>
        <source>Paid in (cash put into the drawer)</source>
        <translation>นำเงินเข้า (ใส่เงินสดเข้าลิ้นชัก)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>รายการ (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Amount (baht):</source>
        <translation>จำนวนเงิน (บาท) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>บันทึก (&amp;R)</translation>
    </message>
    <message>
        <source>The amount is not an amount: type baht, at most two decimals (e.g. 100 or 99.50).</source>
        <translation>จำนวนเงินไม่ถูกต้อง: กรอกเป็นบาท ทศนิยมไม่เกินสองตำแหน่ง (เช่น 100 หรือ 99.50)</translation>
    </message>
</context>
<context>
    <name>boxoffice::CashReportDialog</name>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์ (&amp;P)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <source>Printed; saved as %1</source>
        <translation>พิมพ์แล้ว บันทึกเป็น %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::CashSignOffDialog</name>
    <message>
        <source>Cash shifts to sign off</source>
        <translation>กะเงินสดที่รอการรับรอง</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ยอดที่ควรมี</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>รับรอง (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;print Z</source>
        <translation>พิมพ์รายงาน Z อีกครั้ง (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>รีเฟรช (&amp;F)</translation>
    </message>
    <message>
        <source>No shift is waiting for a sign-off.</source>
        <translation>ไม่มีกะที่รอการรับรอง</translation>
    </message>
    <message>
        <source>Shift %1 signed off.</source>
        <translation>รับรองกะที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Z report saved as %1</source>
        <translation>บันทึกรายงาน Z เป็น %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>boxoffice::CheckoutDialog</name>
    <message>
        <source>Checkout</source>
        <translation>ชำระเงิน</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n ที่นั่ง: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>ยอดรวม: %1</translation>
    </message>
    <message>
        <source>Customer &amp;name (optional):</source>
        <translation>ชื่อลูกค้า (ไม่บังคับ) (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>เบอร์โทรศัพท์ (ไม่บังคับ) (&amp;P):</translation>
    </message>
    <message>
        <source>Cash (F5)</source>
        <translation>เงินสด (F5)</translation>
    </message>
    <message>
        <source>Card (F6)</source>
        <translation>บัตรเครดิต/เดบิต (F6)</translation>
    </message>
    <message>
        <source>PromptPay (F7)</source>
        <translation>พร้อมเพย์ (F7)</translation>
    </message>
    <message>
        <source>Amount &amp;tendered:</source>
        <translation>จำนวนเงินที่รับ (&amp;T):</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>เงินทอน:</translation>
    </message>
    <message>
        <source>Card &amp;reference:</source>
        <translation>เลขอ้างอิงบัตร (&amp;R):</translation>
    </message>
    <message>
        <source>Ask the customer to scan and pay, then confirm.</source>
        <translation>ให้ลูกค้าสแกน QR เพื่อชำระเงิน แล้วกดยืนยัน</translation>
    </message>
    <message>
        <source>&amp;Confirm sale</source>
        <translation>ยืนยันการขาย (&amp;C)</translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation>กำลังขาย…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of baht: type it like 3,000 or 2500.50.</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเงินบาท: พิมพ์เช่น 3,000 หรือ 2500.50</translation>
    </message>
    <message>
        <source>The amount tendered (%1) is %2 short of the total (%3).</source>
        <translation>เงินที่รับ (%1) ขาดอีก %2 จากยอดรวม (%3)</translation>
    </message>
    <message>
        <source>— (not an amount yet)</source>
        <translation>— (ยังไม่ใช่จำนวนเงิน)</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>ขาดอีก %1</translation>
    </message>
    <message>
        <source>No PromptPay id is set for this venue — a manager sets it under Manager → Venue settings.</source>
        <translation>ยังไม่ได้ตั้งหมายเลขพร้อมเพย์ของสนามนี้ — ผู้จัดการตั้งได้ที่ ผู้จัดการ → ตั้งค่าสนาม</translation>
    </message>
    <message>
        <source>Delete removes the selected payment.</source>
        <translation>กด Delete เพื่อลบรายการชำระที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Amount of this payment:</source>
        <translation>ยอดของรายการชำระนี้ (&amp;A):</translation>
    </message>
    <message>
        <source>Add this payment, pay the rest another way (F8)</source>
        <translation>เพิ่มรายการชำระนี้ แล้วชำระส่วนที่เหลือด้วยวิธีอื่น (F8)</translation>
    </message>
    <message>
        <source>A payment of %1 takes nothing: type the amount of this payment.</source>
        <translation>รายการชำระ %1 ไม่มียอดเงิน: พิมพ์จำนวนเงินของรายการชำระนี้</translation>
    </message>
    <message>
        <source>This payment (%1) is more than the %2 still to pay.</source>
        <translation>รายการชำระนี้ (%1) มากกว่ายอดที่ยังต้องชำระ %2</translation>
    </message>
    <message>
        <source>At most 10 payments per sale: take the rest in this one.</source>
        <translation>ชำระได้ไม่เกิน 10 รายการต่อการขาย: รับส่วนที่เหลือในรายการนี้</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>payment method, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> — tendered %1, change %2</source>
        <translation> — รับเงิน %1 เงินทอน %2</translation>
    </message>
    <message>
        <source> — ref. %1</source>
        <translation> — อ้างอิง %1</translation>
    </message>
    <message>
        <source>Paid in full: %1.</source>
        <translation>ชำระครบแล้ว: %1</translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation>ยอดที่ยังต้องชำระ: %1</translation>
    </message>
    <message>
        <source>The payments make %1 of %2: add this one (F8) and take the rest.</source>
        <translation>ชำระแล้ว %1 จาก %2: เพิ่มรายการนี้ (F8) แล้วรับส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>PromptPay &amp;reference:</source>
        <translation>เลขอ้างอิง PromptPay (&amp;R):</translation>
    </message>
</context>
<context>
    <name>boxoffice::CloseShiftDialog</name>
    <message>
        <source>Close the shift</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (float included). The expected amount is shown only after the count.</source>
        <translation>นับเงินสดในลิ้นชัก (รวมเงินทอนตั้งต้น) ยอดที่ควรมีจะแสดงหลังจากนับเสร็จเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>ปิดกะ (&amp;C)</translation>
    </message>
    <message>
        <source>The count is not an amount: type baht, at most two decimals (e.g. 800 or 812.50).</source>
        <translation>ยอดที่นับไม่ถูกต้อง: กรอกเป็นบาท ทศนิยมไม่เกินสองตำแหน่ง (เช่น 800 หรือ 812.50)</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>กำลังปิดกะ…</translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterDesk</name>
    <message>
        <source>A manager cleared the duplicate-order locks.</source>
        <translation>ผู้จัดการล้างการล็อกคำสั่งซื้อซ้ำแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>No %n adjacent %1 seat(s) are free in one row.</source>
        <translation>
            <numerusform>ไม่มีที่นั่ง %1 ว่างติดกัน %n ที่ในแถวเดียวกัน</numerusform>
        </translation>
    </message>
    <message>
        <source>A manager changed this show&apos;s prices: the map and the cart show the new prices.</source>
        <translation>ผู้จัดการเปลี่ยนราคาของรายการนี้แล้ว: ผังที่นั่งและตะกร้าแสดงราคาใหม่</translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterFiguresModel</name>
    <message>
        <source>No heartbeat</source>
        <translation>ไม่มีสัญญาณชีพ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>ขาดการติดต่อ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n วินาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ชั่วโมงที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>ไม่มีผู้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>ขายวันนี้</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>รับเงินสด</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>รายรับ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSessionsModel</name>
    <message>
        <source>Stale: not heard of</source>
        <translation>ค้าง: ไม่มีสัญญาณ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>This counter has not been heard of since %1: its app probably stopped without signing out.</source>
        <translation>ไม่มีสัญญาณจากเคาน์เตอร์นี้ตั้งแต่ %1 โปรแกรมอาจหยุดทำงานโดยไม่ได้ออกจากระบบ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>ผู้ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>สัญญาณล่าสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>ล็อกอิน: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::EmergencyPanel</name>
    <message>
        <source>Emergency controls</source>
        <translation>การควบคุมฉุกเฉิน</translation>
    </message>
    <message>
        <source>Every action needs a reason, reaches every counter at once and is written to the audit log.</source>
        <translation>ทุกการดำเนินการต้องระบุเหตุผล มีผลกับทุกเคาน์เตอร์ทันที และจะถูกบันทึกไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Manager: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ผู้จัดการ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>รายการแข่งขัน (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Load the shows and the held seats again (F5)</source>
        <translation>โหลดรายการแข่งขันและที่นั่งที่ถูกจองใหม่ (F5)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>บันทึกการตรวจสอบ (&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Force unlock held seats</source>
        <translation>บังคับปลดล็อกที่นั่งที่ถูกจอง</translation>
    </message>
    <message>
        <source>Frees seats a counter holds (a crashed or abandoned counter). Seats in an order are never touched.</source>
        <translation>ปล่อยที่นั่งที่เคาน์เตอร์จองค้างไว้ (เช่น เคาน์เตอร์ที่โปรแกรมค้างหรือถูกทิ้งไว้) ที่นั่งที่อยู่ในคำสั่งซื้อแล้วจะไม่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Every held seat of this show</source>
        <translation>ที่นั่งที่ถูกจองทั้งหมดของรายการแข่งขันนี้</translation>
    </message>
    <message>
        <source>Every seat one counter holds:</source>
        <translation>ที่นั่งทั้งหมดที่เคาน์เตอร์หนึ่งจองไว้:</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>จองโดย</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>จองถึง</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>เหตุผล (&amp;E):</translation>
    </message>
    <message>
        <source>Why, for the audit log (e.g. counter 3 crashed)</source>
        <translation>เหตุผลสำหรับบันทึกการตรวจสอบ (เช่น เคาน์เตอร์ 3 โปรแกรมค้าง)</translation>
    </message>
    <message>
        <source>Release seats</source>
        <translation>ปล่อยที่นั่ง</translation>
    </message>
    <message>
        <source>Sales of this show</source>
        <translation>การขายของรายการแข่งขันนี้</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>ขณะนี้:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>เหตุผล (&amp;S):</translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation>เหตุผลสำหรับบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>&amp;Pause sales</source>
        <translation>ระงับการขายชั่วคราว (&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume sales</source>
        <translation>เปิดขายต่อ (&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lose sales</source>
        <translation>ปิดการขาย (&amp;L)</translation>
    </message>
    <message>
        <source>A paused or closed show refuses new holds and sales on every counter.</source>
        <translation>รายการแข่งขันที่ระงับหรือปิดการขายจะไม่รับการจองและการขายใหม่จากทุกเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Duplicate-order locks</source>
        <translation>การล็อกคำสั่งซื้อซ้ำ</translation>
    </message>
    <message>
        <source>Every counter forgets the orders it is guarding against repeating. Use it when a counter keeps refusing a sale as &quot;already in progress&quot;.</source>
        <translation>ทุกเคาน์เตอร์จะล้างรายการคำสั่งซื้อที่เฝ้าระวังไม่ให้ทำซ้ำ ใช้เมื่อเคาน์เตอร์ปฏิเสธการขายซ้ำ ๆ ว่า &quot;กำลังประมวลผล&quot;</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>เหตุผล (&amp;N):</translation>
    </message>
    <message>
        <source>Clear on &amp;every counter</source>
        <translation>ล้างในทุกเคาน์เตอร์ (&amp;E)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The shows could not be loaded: %1</source>
        <translation>ไม่สามารถโหลดรายการแข่งขันได้: %1</translation>
    </message>
    <message>
        <source>Seats selected on the counter&apos;s map (none on this show)</source>
        <translation>ที่นั่งที่เลือกบนผังของเคาน์เตอร์ (ไม่มีในรายการแข่งขันนี้)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected on the counter&apos;s map: %1</source>
        <translation>
            <numerusform>ที่นั่งที่เลือกบนผังของเคาน์เตอร์ %n ที่: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a show.</source>
        <translation>กรุณาเลือกรายการแข่งขัน</translation>
    </message>
    <message>
        <source>Looking up the held seats…</source>
        <translation>กำลังค้นหาที่นั่งที่ถูกจอง…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n held seat(s))</source>
        <translation>
            <numerusform>%1 (จองอยู่ %n ที่)</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter holds seats</source>
        <translation>ไม่มีเคาน์เตอร์ใดจองที่นั่งอยู่</translation>
    </message>
    <message>
        <source>The held seats could not be looked up: %1</source>
        <translation>ไม่สามารถค้นหาที่นั่งที่ถูกจองได้: %1</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (หมดเวลาแล้ว)</translation>
    </message>
    <message>
        <source>unknown counter</source>
        <translation>ไม่ทราบเคาน์เตอร์</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n held seat(s)&lt;/b&gt; will be released (%1).</source>
        <translation>
            <numerusform>จะปล่อย&lt;b&gt;ที่นั่งที่ถูกจอง %n ที่&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select seats of this show on the counter&apos;s map, or choose another scope.</source>
        <translation>เลือกที่นั่งของรายการแข่งขันนี้บนผังของเคาน์เตอร์ หรือเลือกขอบเขตอื่น</translation>
    </message>
    <message>
        <source>No counter holds seats of this show.</source>
        <translation>ไม่มีเคาน์เตอร์ใดจองที่นั่งของรายการแข่งขันนี้</translation>
    </message>
    <message>
        <source>Nothing to release: none of these seats is held.</source>
        <translation>ไม่มีที่นั่งให้ปล่อย: ไม่มีที่นั่งใดในขอบเขตนี้ถูกจองอยู่</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>ไม่มีรายการแข่งขัน</translation>
    </message>
    <message numerus="yes">
        <source>Release %n seat(s)</source>
        <translation>
            <numerusform>ปล่อย %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>the seats selected on the counter&apos;s map</source>
        <translation>ที่นั่งที่เลือกบนผังของเคาน์เตอร์</translation>
    </message>
    <message>
        <source>every held seat of the show</source>
        <translation>ที่นั่งที่ถูกจองทั้งหมดของรายการแข่งขัน</translation>
    </message>
    <message>
        <source>every seat %1 holds</source>
        <translation>ที่นั่งทั้งหมดที่ %1 จองไว้</translation>
    </message>
    <message>
        <source>Force unlock</source>
        <translation>บังคับปลดล็อก</translation>
    </message>
    <message numerus="yes">
        <source>Release %n held seat(s) of %1?</source>
        <translation>
            <numerusform>ปล่อยที่นั่งที่ถูกจอง %n ที่ของ %1 หรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope: %1.
Reason: %2

The counters holding them lose them at once; a clerk in the middle of a sale has to pick seats again.</source>
        <translation>ขอบเขต: %1
เหตุผล: %2

เคาน์เตอร์ที่จองไว้จะเสียที่นั่งเหล่านี้ทันที พนักงานขายที่กำลังทำรายการขายอยู่ต้องเลือกที่นั่งใหม่</translation>
    </message>
    <message>
        <source>No seat was released: %1</source>
        <translation>ไม่ได้ปล่อยที่นั่งใด: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n seat(s); every counter&apos;s map shows them free.</source>
        <translation>
            <numerusform>ปล่อยที่นั่ง %n ที่แล้ว ผังที่นั่งของทุกเคาน์เตอร์แสดงเป็นที่ว่าง</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause sales of %1?

Every counter stops holding and selling its seats at once, until sales are resumed.</source>
        <translation>ระงับการขาย %1 ชั่วคราวหรือไม่

ทุกเคาน์เตอร์จะหยุดจองและขายที่นั่งของรายการนี้ทันที จนกว่าจะเปิดขายต่อ</translation>
    </message>
    <message>
        <source>Pause sales</source>
        <translation>ระงับการขาย</translation>
    </message>
    <message>
        <source>Close sales of %1?

No counter can hold or sell its seats any more.</source>
        <translation>ปิดการขาย %1 หรือไม่

จะไม่มีเคาน์เตอร์ใดจองหรือขายที่นั่งของรายการนี้ได้อีก</translation>
    </message>
    <message>
        <source>Close sales</source>
        <translation>ปิดการขาย</translation>
    </message>
    <message>
        <source>Resume sales of %1?

Every counter can hold and sell its seats again.</source>
        <translation>เปิดขาย %1 ต่อหรือไม่

ทุกเคาน์เตอร์จะกลับมาจองและขายที่นั่งของรายการนี้ได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Resume sales</source>
        <translation>เปิดขายต่อ</translation>
    </message>
    <message>
        <source>Sales of a show</source>
        <translation>การขายของรายการแข่งขัน</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>Sales were not changed: %1</source>
        <translation>ไม่ได้เปลี่ยนสถานะการขาย: %1</translation>
    </message>
    <message>
        <source>Sales of %1: %2.</source>
        <translation>สถานะการขาย %1: %2</translation>
    </message>
    <message>
        <source>Clear the duplicate-order locks on every counter?

Reason: %1</source>
        <translation>ล้างการล็อกคำสั่งซื้อซ้ำในทุกเคาน์เตอร์หรือไม่

เหตุผล: %1</translation>
    </message>
    <message>
        <source>Clear the locks</source>
        <translation>ล้างการล็อก</translation>
    </message>
    <message>
        <source>The locks were not cleared: %1</source>
        <translation>ไม่ได้ล้างการล็อก: %1</translation>
    </message>
    <message>
        <source>Every counter was told to clear its duplicate-order locks.</source>
        <translation>แจ้งให้ทุกเคาน์เตอร์ล้างการล็อกคำสั่งซื้อซ้ำแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Released %1 of %n seat(s); the others had been let go or sold meanwhile.</source>
        <translation>
            <numerusform>ปลดล็อกแล้ว %1 จาก %n ที่นั่ง ที่เหลือถูกปล่อยหรือขายไประหว่างนั้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ExchangeDialog</name>
    <message>
        <source>Exchange seats of order #%1</source>
        <translation>เปลี่ยนที่นั่งของคำสั่งซื้อ #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to exchange: %1 (paid %2)</source>
        <translation>
            <numerusform>เปลี่ยน %n ที่นั่ง: %1 (ชำระแล้ว %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>รอบการแสดง (&amp;S):</translation>
    </message>
    <message>
        <source>New s&amp;eats:</source>
        <translation>ที่นั่งใหม่ (&amp;E):</translation>
    </message>
    <message>
        <source>Each seat&apos;s own price type</source>
        <translation>ประเภทราคาเดิมของแต่ละที่นั่ง</translation>
    </message>
    <message>
        <source>&amp;Price type:</source>
        <translation>ประเภทราคา (&amp;P):</translation>
    </message>
    <message>
        <source>Back to the payments, cash first</source>
        <translation>คืนตามการชำระเงิน เงินสดก่อน</translation>
    </message>
    <message>
        <source>Only to %1</source>
        <translation>คืนทาง %1 เท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Refund to:</source>
        <translation>คืนเงินทาง (&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>เปลี่ยน (&amp;X)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The same show: %1, %2</source>
        <comment>show title, date and time</comment>
        <translation>รอบเดิม: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Best available (%n seat(s))</source>
        <translation>
            <numerusform>ที่นั่งดีที่สุดที่ว่าง (%n ที่นั่ง)</numerusform>
        </translation>
    </message>
    <message>
        <source>The same seats (another price type)</source>
        <translation>ที่นั่งเดิม (ประเภทราคาอื่น)</translation>
    </message>
    <message numerus="yes">
        <source>The seats held on the map (%n)</source>
        <translation>
            <numerusform>ที่นั่งที่จองไว้บนผัง (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the new seats…</source>
        <translation>กำลังหาที่นั่งใหม่…</translation>
    </message>
    <message numerus="yes">
        <source>Not enough free seats of these ticket types on that show: %n needed.</source>
        <translation>
            <numerusform>ที่นั่งว่างของประเภทบัตรเหล่านี้ในรอบนั้นไม่พอ: ต้องการ %n ที่นั่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>That show has no price for the price type %1.</source>
        <translation>รอบนั้นไม่มีราคาสำหรับประเภทราคา %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>seat label, price</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New seats: %1 — %2</source>
        <translation>ที่นั่งใหม่: %1 — %2</translation>
    </message>
    <message>
        <source>No difference to pay or refund.</source>
        <translation>ไม่มีส่วนต่างที่ต้องชำระหรือคืน</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>ต้องคืนเงิน: %1</translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <translation>ต้องเก็บเงินเพิ่ม: %1</translation>
    </message>
    <message>
        <source>The show has started: a supervisor approves this return or exchange.</source>
        <translation>การแสดงเริ่มแล้ว: หัวหน้าต้องอนุมัติการคืนหรือเปลี่ยนบัตรนี้</translation>
    </message>
</context>
<context>
    <name>boxoffice::FindingRowsModel</name>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>ไม่เคยทำงาน</translation>
    </message>
    <message>
        <source>Still sold</source>
        <translation>ยังมีสถานะขายแล้ว</translation>
    </message>
    <message>
        <source>Still held</source>
        <translation>ยังมีสถานะจอง</translation>
    </message>
    <message>
        <source>Order seat still active</source>
        <translation>ที่นั่งในคำสั่งซื้อยังใช้งานอยู่</translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstManagerDialog</name>
    <message>
        <source>First manager</source>
        <translation>ผู้จัดการคนแรก</translation>
    </message>
    <message>
        <source>This database has no manager yet. Make the first manager&apos;s account: it can then add the venues, the shows and the other staff.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีผู้จัดการ กรุณาสร้างบัญชีผู้จัดการคนแรก จากนั้นผู้จัดการจะเพิ่มสนาม รอบการแข่งขัน และพนักงานคนอื่นได้</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>e.g. somchai</source>
        <translation>เช่น somchai</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>ชื่อที่แสดง (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>รหัสผ่านอีกครั้ง (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>สร้างและเข้าสู่ระบบ (&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์ใหม่</translation>
    </message>
</context>
<context>
    <name>boxoffice::GateFiguresModel</name>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>เข้างานแล้ว</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>ยังไม่มา</translation>
    </message>
    <message>
        <source>In %</source>
        <translation>เข้าแล้ว %</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ประตู</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>เข้างานซ้ำ</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>สแกนล่าสุด</translation>
    </message>
    <message>
        <source>Refused as</source>
        <translation>ปฏิเสธเพราะ</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>จำนวนสแกน</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Offline gate</source>
        <translation>ประตูที่ออฟไลน์</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>เวลาสแกน</translation>
    </message>
    <message>
        <source>First admitted at</source>
        <translation>เข้างานครั้งแรกที่ประตู</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>เวลาเข้างานครั้งแรก</translation>
    </message>
</context>
<context>
    <name>boxoffice::GateWindow</name>
    <message>
        <source>Gate</source>
        <translation>ประตู</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รอบการแสดง</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>รอบการแสดง (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>ประตู (&amp;G):</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>รหัสบัตร</translation>
    </message>
    <message>
        <source>Scan the ticket, or type its code and press Enter</source>
        <translation>สแกนบัตร หรือพิมพ์รหัสแล้วกด Enter</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>รหัส (&amp;C):</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Scan a ticket.</source>
        <translation>สแกนบัตร</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the show first.</source>
        <translation>กรุณาเลือกรอบการแสดงก่อน</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <source>%1 · Section %2 · Row %3 · Seat %4</source>
        <translation>%1 · ฝั่ง %2 · แถว %3 · ที่นั่ง %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Re-entry. %1</source>
        <translation>กลับเข้างาน %1</translation>
    </message>
    <message>
        <source>Admitted at %1, %2, by %3.</source>
        <translation>เข้างานที่ %1 เมื่อ %2 โดย %3</translation>
    </message>
    <message>
        <source>This ticket is for %1.</source>
        <translation>บัตรนี้สำหรับ %1</translation>
    </message>
    <message>
        <source>Doors open at %1.</source>
        <translation>ประตูเปิดเวลา %1</translation>
    </message>
    <message>
        <source>A newer ticket replaces this one. %1</source>
        <translation>มีบัตรใหม่แทนใบนี้แล้ว %1</translation>
    </message>
    <message>
        <source>No ticket has this code. Do not admit.</source>
        <translation>ไม่มีบัตรที่มีรหัสนี้ ห้ามให้เข้า</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>Pass-out</source>
        <translation>ออกชั่วคราว</translation>
    </message>
    <message>
        <source>Cancel pass-out</source>
        <translation>ยกเลิกการออกชั่วคราว</translation>
    </message>
    <message>
        <source>The offline admissions could not be uploaded: %1</source>
        <translation>ส่งข้อมูลการเข้างานขณะออฟไลน์ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>OFFLINE: the database does not answer; admitting from the list of %1 (QR codes only).</source>
        <translation>ออฟไลน์: ฐานข้อมูลไม่ตอบ กำลังให้เข้างานตามรายชื่อบัตรเมื่อ %1 (เฉพาะคิวอาร์โค้ด)</translation>
    </message>
    <message>
        <source>OFFLINE: the database does not answer, and there is no admission list for this show.</source>
        <translation>ออฟไลน์: ฐานข้อมูลไม่ตอบ และไม่มีรายชื่อบัตรของรายการแข่งขันนี้</translation>
    </message>
    <message>
        <source>Pass-out allowed for this show: F4, then scan the ticket.</source>
        <translation>รายการนี้อนุญาตให้ออกชั่วคราว: กด F4 แล้วสแกนบัตร</translation>
    </message>
    <message>
        <source>No pass-out for this show.</source>
        <translation>รายการนี้ไม่อนุญาตให้ออกชั่วคราว</translation>
    </message>
    <message>
        <source>No pass-out</source>
        <translation>ออกชั่วคราวไม่ได้</translation>
    </message>
    <message>
        <source>This show does not allow pass-out: a ticket admits once.</source>
        <translation>รายการนี้ไม่อนุญาตให้ออกชั่วคราว: บัตรหนึ่งใบเข้างานได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Scan the ticket of the person going out (Esc: cancel).</source>
        <translation>สแกนบัตรของผู้ที่จะออกไป (Esc: ยกเลิก)</translation>
    </message>
    <message>
        <source>Not passed out</source>
        <translation>ยังไม่ได้บันทึกการออก</translation>
    </message>
    <message>
        <source>Admitted before this gate went offline. %1</source>
        <translation>เข้างานไปแล้วก่อนที่ประตูนี้จะออฟไลน์ %1</translation>
    </message>
    <message>
        <source>May come back in once. %1</source>
        <translation>กลับเข้างานได้หนึ่งครั้ง %1</translation>
    </message>
    <message>
        <source>Offline. %1</source>
        <translation>ออฟไลน์ %1</translation>
    </message>
    <message>
        <source>Admitted at %1, %2.</source>
        <translation>เข้างานที่ %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Shift+L)</source>
        <translation>ออกจากระบบ (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Online again: the database answers.</source>
        <translation>กลับมาออนไลน์แล้ว: ฐานข้อมูลตอบสนองแล้ว</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n offline admission(s) uploaded</source>
        <translation>
            <numerusform>ส่งการเข้างานขณะออฟไลน์ขึ้นระบบแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate entry(ies) reported to the supervisor</source>
        <translation>
            <numerusform>แจ้งการเข้างานซ้ำ %n รายการให้หัวหน้างานแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (no longer valid or unknown)</source>
        <translation>
            <numerusform>ปฏิเสธ %n รายการ (บัตรใช้ไม่ได้แล้วหรือไม่รู้จัก)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Admitted offline at %1, %2, by %3.</source>
        <translation>เข้างานที่ %1 (ประตูออฟไลน์) เมื่อ %2 โดย %3</translation>
    </message>
    <message>
        <source>Re-entered at %1, %2, by %3.</source>
        <translation>กลับเข้างานที่ %1 เมื่อ %2 โดย %3</translation>
    </message>
    <message>
        <source>Scan %1 · same answer ×%2</source>
        <translation>สแกนครั้งที่ %1 · คำตอบเดิม ×%2</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>สแกนครั้งที่ %1</translation>
    </message>
    <message>
        <source>Scan the next ticket.</source>
        <translation>สแกนบัตรใบถัดไป</translation>
    </message>
    <message>
        <source>Last answer: %1 (scan %2)</source>
        <translation>คำตอบล่าสุด: %1 (สแกนครั้งที่ %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n pass-out(s) uploaded</source>
        <translation>
            <numerusform>ส่งการออกชั่วคราวขึ้นระบบแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline scan(s) to upload.</source>
        <translation>
            <numerusform>มีการสแกนขณะออฟไลน์ %n รายการที่รอส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered offline at %1, %2, by %3 (uploaded by %4).</source>
        <translation>กลับเข้างานที่ %1 (ประตูออฟไลน์) เมื่อ %2 โดย %3 (ส่งขึ้นระบบโดย %4)</translation>
    </message>
    <message>
        <source>Admitted offline at %1, %2, by %3 (uploaded by %4).</source>
        <translation>เข้างานที่ %1 (ประตูออฟไลน์) เมื่อ %2 โดย %3 (ส่งขึ้นระบบโดย %4)</translation>
    </message>
    <message>
        <source>Re-entered offline at %1, %2, by %3.</source>
        <translation>กลับเข้างานที่ %1 (ประตูออฟไลน์) เมื่อ %2 โดย %3</translation>
    </message>
    <message>
        <source>The database refused the login %1: sign out (Ctrl+Shift+L) and sign in again. The offline scans are kept and go up with the next sign-in.</source>
        <translation>ฐานข้อมูลไม่ยอมรับการเข้าสู่ระบบของ %1 โปรดออกจากระบบ (Ctrl+Shift+L) แล้วลงชื่อเข้าใช้ใหม่ รายการที่สแกนขณะออฟไลน์ยังเก็บไว้และจะส่งขึ้นระบบเมื่อลงชื่อเข้าใช้ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>boxoffice::JobFiguresModel</name>
    <message>
        <source>Release expired holds</source>
        <translation>ปล่อยการจองที่หมดเวลา</translation>
    </message>
    <message>
        <source>Expire unpaid orders</source>
        <translation>ปิดคำสั่งซื้อค้างชำระที่หมดเวลา</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>ตรวจสอบสถานะระบบ</translation>
    </message>
    <message>
        <source>Deep cleanup</source>
        <translation>ล้างข้อมูลแบบละเอียด</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>ไม่เคยทำงาน</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>ทำงานล่าสุด</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>ทำงานโดย</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Runs today</source>
        <translation>ทำงานวันนี้</translation>
    </message>
    <message>
        <source>Failures today</source>
        <translation>ล้มเหลววันนี้</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
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
    <message>
        <source>Pick a show (Enter)</source>
        <translation>เลือกรายการแข่งขัน (Enter)</translation>
    </message>
    <message>
        <source>&amp;Pick a show</source>
        <translation>เลือกรายการแข่งขัน (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ale</source>
        <translation>การขาย (&amp;A)</translation>
    </message>
    <message>
        <source>Hold &amp;best available</source>
        <translation>จองที่นั่งดีที่สุดที่ว่าง (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Checkout</source>
        <translation>ชำระเงิน (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Extend holds</source>
        <translation>ขยายเวลาจอง (&amp;E)</translation>
    </message>
    <message>
        <source>Release &amp;all holds</source>
        <translation>ยกเลิกการจองทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>คำสั่งซื้อ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation>พิมพ์บัตรชุดล่าสุด (&amp;P)…</translation>
    </message>
    <message>
        <source>Best available (Enter)</source>
        <translation>จองที่นั่งดีที่สุด (Enter)</translation>
    </message>
    <message>
        <source>Release (Del)</source>
        <translation>ยกเลิกการจอง (Del)</translation>
    </message>
    <message>
        <source>Extend (Ctrl+E)</source>
        <translation>ขยายเวลา (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checkout (F9)</source>
        <translation>ชำระเงิน (F9)</translation>
    </message>
    <message numerus="yes">
        <source>A hold ends in %n second(s): extend (Ctrl+E) or check out (F9).</source>
        <translation>
            <numerusform>การจองจะหมดเวลาใน %n วินาที: ขยายเวลา (Ctrl+E) หรือชำระเงิน (F9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold ended, seat released: %1</source>
        <translation>หมดเวลาจอง ปล่อยที่นั่งคืนแล้ว: %1</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Reconnecting…</source>
        <translation>ออฟไลน์: ไม่สามารถเชื่อมต่อฐานข้อมูลได้ กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Back online; the seat map was reloaded.</source>
        <translation>กลับมาออนไลน์แล้ว โหลดผังที่นั่งใหม่เรียบร้อย</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>อาจเป็นรายการซ้ำ</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>คำสั่งซื้อ #%1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>พนักงาน: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>ยอดรวม %1</translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation>เวลาจองคงเหลือ %1:%2</translation>
    </message>
    <message>
        <source>The cart is empty: pick seats first.</source>
        <translation>ยังไม่มีที่นั่งในตะกร้า: กรุณาเลือกที่นั่งก่อน</translation>
    </message>
    <message>
        <source>Sales of this show are open again.</source>
        <translation>รายการแข่งขันนี้เปิดขายอีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Sales of this show are paused by a manager.</source>
        <translation>ผู้จัดการหยุดการขายรายการแข่งขันนี้ชั่วคราว</translation>
    </message>
    <message>
        <source>Sales of this show are closed.</source>
        <translation>รายการแข่งขันนี้ปิดการขายแล้ว</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>หัวหน้างาน (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>แดชบอร์ด (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>รายงาน (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cash reconciliation…</source>
        <translation>กระทบยอดเงินสด (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>บันทึกการตรวจสอบ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>ผู้จัดการ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Emergency controls…</source>
        <translation>การควบคุมฉุกเฉิน (&amp;E)…</translation>
    </message>
    <message>
        <source>Order #%1 sold: %2. %3</source>
        <translation>ขายคำสั่งซื้อ #%1 แล้ว: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Shows (%n on sale)</source>
        <translation>
            <numerusform>รายการแสดง (เปิดขาย %n รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>ออกจากระบบ (&amp;O)…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held in the cart. Release them, or keep them held for the next clerk at this counter?</source>
        <translation>
            <numerusform>มีที่นั่ง %n ที่จองอยู่ในตะกร้า จะปล่อยที่นั่ง หรือจองไว้ให้พนักงานคนถัดไปที่เคาน์เตอร์นี้?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release the seats</source>
        <translation>ปล่อยที่นั่ง (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hand over to the next clerk</source>
        <translation>ส่งต่อให้พนักงานคนถัดไป (&amp;H)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held in the cart. Quit and release them?</source>
        <translation>
            <numerusform>มีที่นั่ง %n ที่จองอยู่ในตะกร้า ออกจากโปรแกรมและปล่อยที่นั่งหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation>ปล่อยที่นั่งและออก (&amp;R)</translation>
    </message>
    <message>
        <source>Choose p&amp;rinter…</source>
        <translation>เลือกเครื่องพิมพ์ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>ตั้งค่าสนาม (&amp;V)…</translation>
    </message>
    <message>
        <source>Order #%1 reprinted. %2</source>
        <translation>พิมพ์บัตรของคำสั่งซื้อ #%1 ซ้ำแล้ว %2</translation>
    </message>
    <message>
        <source>No printer chosen: PDF only</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์: PDF เท่านั้น</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>PDF เท่านั้น</translation>
    </message>
    <message>
        <source>Printer %1 not found: PDF only</source>
        <translation>ไม่พบเครื่องพิมพ์ %1: PDF เท่านั้น</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>เครื่องพิมพ์: %1</translation>
    </message>
    <message>
        <source>Sale → Choose printer… sets where this counter prints its tickets.</source>
        <translation>การขาย → เลือกเครื่องพิมพ์… กำหนดว่าเคาน์เตอร์นี้พิมพ์บัตรที่เครื่องใด</translation>
    </message>
    <message>
        <source>Tickets will be saved as PDF only.</source>
        <translation>บัตรจะถูกบันทึกเป็น PDF เท่านั้น</translation>
    </message>
    <message>
        <source>Tickets will be printed on %1.</source>
        <translation>บัตรจะพิมพ์ที่เครื่องพิมพ์ %1</translation>
    </message>
    <message>
        <source>No printer chosen: tickets saved as PDF only: %1</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์: บันทึกบัตรเป็น PDF เท่านั้น: %1</translation>
    </message>
    <message>
        <source>Tickets saved as PDF: %1</source>
        <translation>บันทึกบัตรเป็น PDF แล้ว: %1</translation>
    </message>
    <message>
        <source>Printer %1 not found: tickets saved as PDF only: %2</source>
        <translation>ไม่พบเครื่องพิมพ์ %1: บันทึกบัตรเป็น PDF เท่านั้น: %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Tickets sent to %1. %2</source>
        <translation>ส่งบัตรไปที่เครื่องพิมพ์ %1 แล้ว %2</translation>
    </message>
    <message>
        <source>Printer %1 did not take the tickets. %2</source>
        <translation>เครื่องพิมพ์ %1 ไม่รับงานพิมพ์บัตร %2</translation>
    </message>
    <message>
        <source>Tickets sent to %1; PDF: %2</source>
        <translation>ส่งบัตรไปที่เครื่องพิมพ์ %1 แล้ว; PDF: %2</translation>
    </message>
    <message>
        <source>Printer %1 did not take the tickets: saved as PDF only: %2</source>
        <translation>เครื่องพิมพ์ %1 ไม่รับงานพิมพ์บัตร: บันทึกเป็น PDF เท่านั้น: %2</translation>
    </message>
    <message>
        <source>No tickets printed yet at this counter.</source>
        <translation>เคาน์เตอร์นี้ยังไม่ได้พิมพ์บัตรเลย</translation>
    </message>
    <message>
        <source>Printing the tickets on %1…</source>
        <translation>กำลังพิมพ์บัตรที่เครื่องพิมพ์ %1…</translation>
    </message>
    <message>
        <source>Saving the tickets…</source>
        <translation>กำลังบันทึกบัตร…</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <comment>counter name; the application name follows</comment>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Supervisor dashboard at %1</source>
        <translation>แดชบอร์ดหัวหน้างานที่ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the other show</source>
        <translation>รายการแข่งขันอื่น</translation>
    </message>
    <message>
        <source>Open another show</source>
        <translation>เปิดรายการแข่งขันอื่น</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of this show are held in the cart. Release them and open %1?</source>
        <translation>
            <numerusform>มีที่นั่งของรายการนี้ %n ที่จองอยู่ในตะกร้า ปล่อยที่นั่งและเปิด %1 หรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and open</source>
        <translation>ปล่อยที่นั่งและเปิด (&amp;R)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>สำหรับ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): Enter holds the best available, PgUp/PgDn change the ticket type.</source>
        <translation>
            <numerusform>%n ที่นั่ง: Enter จองที่นั่งดีที่สุด PgUp/PgDn เปลี่ยนประเภทบัตร</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set-up…</source>
        <translation>ตั้&amp;งค่าระบบ…</translation>
    </message>
    <message>
        <source>%1 is cancelled: its seats cannot be held or sold.</source>
        <translation>%1 ถูกยกเลิกแล้ว: จองหรือขายที่นั่งไม่ได้</translation>
    </message>
    <message>
        <source>Order #%1 changed; its receipt printed again. %2</source>
        <translation>เปลี่ยนคำสั่งซื้อ #%1 แล้ว พิมพ์ใบเสร็จใหม่แล้ว %2</translation>
    </message>
    <message>
        <source>Next price &amp;type of the selected seats</source>
        <translation>ประเภทราคาถัดไปของที่นั่งที่เลือก (&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 × %n: %3</source>
        <translation>
            <numerusform>%1 · %2 × %n: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale has free tickets (%1): a supervisor must approve them.</source>
        <translation>การขายนี้มีบัตรฟรี (%1): หัวหน้าต้องอนุมัติ</translation>
    </message>
    <message>
        <source>This sale has discounted tickets (%1): a supervisor must approve them.</source>
        <translation>การขายนี้มีบัตรลดราคา (%1): หัวหน้าต้องอนุมัติ</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>อนุมัติโดย %1</translation>
    </message>
    <message>
        <source>Cash &amp;sign-off…</source>
        <translation>รับรองกะเงินสด… (&amp;S)</translation>
    </message>
    <message>
        <source>The tickets have no entry codes (%1): reprint them.</source>
        <translation>บัตรไม่มีรหัสเข้างาน (%1): กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Order #%1: new tickets; the lost ones no longer admit. %2</source>
        <translation>คำสั่งซื้อ #%1: ออกบัตรใหม่แล้ว บัตรที่หายใช้เข้างานไม่ได้อีก %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>This show sells these seats at one price type only. A manager adds others (Thai resident, Child, Comp…) under Set-up → Shows and prices.</source>
        <translation>รอบการแสดงนี้ขายที่นั่งเหล่านี้ได้ประเภทราคาเดียว ผู้จัดการเพิ่มประเภทอื่น (คนไทย เด็ก บัตรเชิญ…) ได้ที่ ตั้งค่าระบบ → รอบการแสดงและราคา</translation>
    </message>
    <message>
        <source>Cash needs an open shift at this counter. Count the float in the drawer to open one; the sale is then completed.</source>
        <translation>การรับเงินสดต้องมีกะที่เปิดอยู่ที่เคาน์เตอร์นี้ นับเงินทอนตั้งต้นในลิ้นชักเพื่อเปิดกะ แล้วระบบจะขายรายการนี้ให้เสร็จ</translation>
    </message>
    <message>
        <source>Shift open: completing the sale…</source>
        <translation>เปิดกะแล้ว: กำลังขายให้เสร็จ…</translation>
    </message>
    <message>
        <source>Your shift is open (since %1, float %2). Close it now with the blind count, or leave it open for a break? While it is open, no other clerk can take cash at this counter.</source>
        <translation>กะของคุณยังเปิดอยู่ (ตั้งแต่ %1 เงินทอนตั้งต้น %2) จะปิดกะตอนนี้โดยนับเงินแบบไม่เห็นยอด หรือเปิดกะไว้ระหว่างพัก? ระหว่างที่กะเปิดอยู่ พนักงานคนอื่นรับเงินสดที่เคาน์เตอร์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Close the shift (count the drawer)…</source>
        <translation>ปิดกะ (นับเงินในลิ้นชัก)… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leave it open (break)</source>
        <translation>เปิดกะไว้ (พัก) (&amp;L)</translation>
    </message>
    <message>
        <source>Shows (Ctrl+L)</source>
        <translation>รายการแข่งขัน (Ctrl+L)</translation>
    </message>
    <message>
        <source>Go to the seat &amp;map</source>
        <translation>ไปที่ผังที่นั่ง (&amp;M)</translation>
    </message>
    <message>
        <source>Go to the c&amp;art</source>
        <translation>ไปที่ตะกร้า (&amp;A)</translation>
    </message>
    <message>
        <source>Cart (F4)</source>
        <translation>ตะกร้า (F4)</translation>
    </message>
</context>
<context>
    <name>boxoffice::OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>เปิดกะ</translation>
    </message>
    <message>
        <source>Count the float in the drawer:</source>
        <translation>นับเงินทอนตั้งต้นในลิ้นชัก:</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>เปิดกะ (&amp;O)</translation>
    </message>
    <message>
        <source>The float is not an amount: type baht, at most two decimals (e.g. 500 or 512.50).</source>
        <translation>เงินทอนตั้งต้นไม่ถูกต้อง: กรอกเป็นบาท ทศนิยมไม่เกินสองตำแหน่ง (เช่น 500 หรือ 512.50)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>กำลังเปิดกะ…</translation>
    </message>
</context>
<context>
    <name>boxoffice::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order number or phone, then Enter</source>
        <translation>เลขที่คำสั่งซื้อหรือเบอร์โทร แล้วกด Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ค้นหา (&amp;F):</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>ยกเลิกคำสั่งซื้อ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Move seats to the cart&apos;s seats</source>
        <translation>ย้ายไปยังที่นั่งในตะกร้า (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reprint tickets</source>
        <translation>พิมพ์บัตรซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <source>No order found.</source>
        <translation>ไม่พบคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order #%1 cancelled; refund %2.</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 แล้ว คืนเงิน %2</translation>
    </message>
    <message>
        <source>Tick the seats to move and hold as many new seats on the map.</source>
        <translation>เลือกที่นั่งที่ต้องการย้าย แล้วจองที่นั่งใหม่บนผังให้ได้จำนวนเท่ากัน</translation>
    </message>
    <message>
        <source>Order #%1 now has its new seats.</source>
        <translation>เปลี่ยนที่นั่งของคำสั่งซื้อ #%1 เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may cancel it.</source>
        <translation>ยกเลิกได้เฉพาะพนักงานขายที่ขายคำสั่งซื้อนี้ หรือหัวหน้างาน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>%1 (released)</source>
        <comment>seats of a cancelled order</comment>
        <translation>%1 (ปล่อยแล้ว)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2, released</source>
        <comment>seat, order status</comment>
        <translation>%1 — %2 ปล่อยแล้ว</translation>
    </message>
    <message>
        <source>Re&amp;turn seats…</source>
        <translation>คืนที่นั่ง (&amp;T)…</translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may return its seats.</source>
        <translation>เฉพาะพนักงานที่ขายคำสั่งซื้อนี้หรือหัวหน้างานเท่านั้นที่คืนที่นั่งได้</translation>
    </message>
    <message>
        <source>%1 — returned</source>
        <comment>seat</comment>
        <translation>%1 — คืนแล้ว</translation>
    </message>
    <message>
        <source>Tick the seats to return first.</source>
        <translation>กรุณาเลือกที่นั่งที่จะคืนก่อน</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>payment method, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order #%1: seats returned; refund %2 (%3).</source>
        <translation>คำสั่งซื้อ #%1: คืนที่นั่งแล้ว คืนเงิน %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <comment>seat</comment>
        <translation>%1 (คืนแล้ว)</translation>
    </message>
    <message>
        <source>E&amp;xchange seats…</source>
        <translation>เปลี่ยนที่นั่ง (&amp;X)…</translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may exchange its seats.</source>
        <translation>เฉพาะพนักงานที่ขายคำสั่งซื้อนี้ หรือหัวหน้า เท่านั้นที่เปลี่ยนที่นั่งได้</translation>
    </message>
    <message>
        <source>Tick the seats to exchange first.</source>
        <translation>เลือกที่นั่งที่จะเปลี่ยนก่อน</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>ไม่มีส่วนต่าง</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>คืนเงิน %1</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>เก็บเงินเพิ่ม %1</translation>
    </message>
    <message>
        <source>Order #%1: seats exchanged; %2.</source>
        <translation>คำสั่งซื้อ #%1: เปลี่ยนที่นั่งแล้ว; %2</translation>
    </message>
    <message>
        <source>Order #%1: seats exchanged to order #%2; %3.</source>
        <translation>คำสั่งซื้อ #%1: เปลี่ยนที่นั่งไปยังคำสั่งซื้อ #%2 แล้ว; %3</translation>
    </message>
    <message>
        <source>Replace &amp;lost tickets</source>
        <translation>ออกบัตรแทนบัตรที่หาย (&amp;L)</translation>
    </message>
    <message>
        <source>New tickets with new codes; the lost ones no longer admit at the gate.</source>
        <translation>บัตรใหม่พร้อมรหัสใหม่ บัตรที่หายจะใช้เข้างานที่ประตูไม่ได้อีก</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>zone · price type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>seat — price</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>seat — zone, price</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Replace lost tickets</source>
        <translation>ออกตั๋วแทนตั๋วที่หาย</translation>
    </message>
    <message>
        <source>Print new tickets for order %1? The tickets printed before will no longer admit at the gate.</source>
        <translation>พิมพ์ตั๋วใหม่สำหรับคำสั่งซื้อ %1 หรือไม่ ตั๋วที่พิมพ์ไว้ก่อนหน้าจะใช้เข้าประตูไม่ได้อีก</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ออกตั๋ว&amp;ใหม่</translation>
    </message>
    <message>
        <source>Tick &amp;seats (Space) to return them, or to move them (then hold the new seats on the map):</source>
        <translation>เลือกที่นั่ง (&amp;S) ด้วย Space เพื่อคืน หรือเพื่อย้าย (แล้วจองที่นั่งใหม่บนผัง):</translation>
    </message>
</context>
<context>
    <name>boxoffice::PriceTypesPage</name>
    <message>
        <source>Price types</source>
        <translation>ประเภทราคา</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>Comp</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>ประเภทราคา</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>รหัส (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>ชื่อภาษาอังกฤษ (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Thai name:</source>
        <translation>ชื่อภาษาไทย (&amp;T):</translation>
    </message>
    <message>
        <source>Co&amp;mp: given away at 0, needs a supervisor</source>
        <translation>บัตรเชิญ (&amp;M): ราคา 0 ต้องให้หัวหน้าอนุมัติ</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>ลำดับ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Active: the counter offers it</source>
        <translation>ใช้งาน (&amp;A): เคาน์เตอร์ขายประเภทนี้ได้</translation>
    </message>
    <message>
        <source>&amp;New price type</source>
        <translation>ประเภทราคาใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save price type</source>
        <translation>บันทึกประเภทราคา (&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>การอนุมัติของหัวหน้า</translation>
    </message>
    <message>
        <source>Needed below this &amp;% of the standard price:</source>
        <translation>ต้องอนุมัติเมื่อต่ำกว่า % ของราคาปกติ (&amp;%):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>An approval &amp;lasts:</source>
        <translation>การอนุมัติมีผล (&amp;L):</translation>
    </message>
    <message>
        <source>Save &amp;rule</source>
        <translation>บันทึกกฎ (&amp;R)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>Type a code for the price type, e.g. CHILD.</source>
        <translation>พิมพ์รหัสของประเภทราคา เช่น CHILD</translation>
    </message>
    <message>
        <source>Price type %1 saved.</source>
        <translation>บันทึกประเภทราคา %1 แล้ว</translation>
    </message>
    <message>
        <source>Approval rule saved.</source>
        <translation>บันทึกกฎการอนุมัติแล้ว</translation>
    </message>
</context>
<context>
    <name>boxoffice::PrinterDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation>เครื่องพิมพ์บัตร</translation>
    </message>
    <message>
        <source>&amp;Print the tickets of each sale on:</source>
        <translation>พิมพ์บัตรของการขายแต่ละครั้งที่ (&amp;P):</translation>
    </message>
    <message>
        <source>PDF only (no printer)</source>
        <translation>PDF เท่านั้น (ไม่ใช้เครื่องพิมพ์)</translation>
    </message>
    <message>
        <source>%1 (the system&apos;s default)</source>
        <translation>%1 (เครื่องพิมพ์หลักของระบบ)</translation>
    </message>
    <message>
        <source>%1 (not found: tickets are saved as PDF only)</source>
        <translation>%1 (ไม่พบ: บัตรจะถูกบันทึกเป็น PDF เท่านั้น)</translation>
    </message>
    <message>
        <source>The tickets are always saved as PDF too; Ctrl+P shows the last ones before printing.</source>
        <translation>บัตรจะถูกบันทึกเป็น PDF ด้วยเสมอ กด Ctrl+P เพื่อดูตัวอย่างบัตรชุดล่าสุดก่อนพิมพ์</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReconciliationDialog</name>
    <message>
        <source>Exact: the drawer matches.</source>
        <translation>ตรงยอด: เงินในลิ้นชักตรงกับยอดที่ควรมี</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>เกิน %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>ขาด %1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Cash reconciliation</source>
        <translation>กระทบยอดเงินสด</translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation>เคาน์เตอร์ (&amp;O):</translation>
    </message>
    <message>
        <source>C&amp;lerk on duty:</source>
        <translation>พนักงานขายประจำกะ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Propose the shift again, up to now</source>
        <translation>คำนวณกะใหม่จนถึงเวลาปัจจุบัน</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>กะ:</translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation>เงินสดที่ควรมี:</translation>
    </message>
    <message>
        <source>e.g. 12,500.00</source>
        <translation>เช่น 12,500.00</translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation>เงินสดที่นับได้ (&amp;C):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>ส่วนต่าง:</translation>
    </message>
    <message>
        <source>Optional: why the drawer is over or short</source>
        <translation>ไม่บังคับ: สาเหตุที่เงินในลิ้นชักเกินหรือขาด</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ (&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>บันทึก (&amp;C)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>กะ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ยอดที่ควรมี</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>บันทึกโดย</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— ไม่ได้บันทึก —</translation>
    </message>
    <message>
        <source>No counter has been set up yet.</source>
        <translation>ยังไม่มีการตั้งค่าเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Reconciliations of %1 in the last %2 days</source>
        <translation>การกระทบยอดของ %1 ในช่วง %2 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>since the last reconciliation</source>
        <translation>นับจากการกระทบยอดครั้งล่าสุด</translation>
    </message>
    <message>
        <source>since the start of the day</source>
        <translation>นับจากเริ่มต้นวัน</translation>
    </message>
    <message>
        <source>Cash sales %1 − cash refunds %2</source>
        <translation>ยอดขายเงินสด %1 − คืนเงินสด %2</translation>
    </message>
    <message>
        <source>Cash orders paid at this counter in the shift: %1. Its paid cash orders cancelled in the shift: %2.</source>
        <translation>คำสั่งซื้อที่ชำระด้วยเงินสดที่เคาน์เตอร์นี้ในกะ: %1 คำสั่งซื้อเงินสดที่ชำระแล้วของเคาน์เตอร์นี้ซึ่งถูกยกเลิกในกะ: %2</translation>
    </message>
    <message>
        <source>Count the drawer and enter the cash.</source>
        <translation>นับเงินในลิ้นชักแล้วกรอกจำนวนเงินสด</translation>
    </message>
    <message>
        <source>Not an amount: type it like 12,500.00</source>
        <translation>ไม่ใช่จำนวนเงิน: กรุณาพิมพ์ในรูปแบบ 12,500.00</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Recorded for %1: expected %2, counted %3. %4</source>
        <translation>บันทึกของ %1 แล้ว: ควรมี %2 นับได้ %3 %4</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>ตรงยอด</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>เกิน %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>ขาด %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Database login: %1</source>
        <translation>บัญชีฐานข้อมูล: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No clerk recorded</source>
        <translation>ไม่ได้บันทึกพนักงานขาย</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refunded</source>
        <translation>
            <numerusform>คืนเงินบัตร %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ยอดขายรวม</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>ยอดคืนเงิน</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>ยอดสุทธิ</translation>
    </message>
    <message>
        <source>Cash (net)</source>
        <translation>เงินสด (สุทธิ)</translation>
    </message>
    <message>
        <source>Card (net)</source>
        <translation>บัตรเครดิต/เดบิต (สุทธิ)</translation>
    </message>
    <message>
        <source>PromptPay (net)</source>
        <translation>พร้อมเพย์ (สุทธิ)</translation>
    </message>
    <message numerus="yes">
        <source>Taken %1 in %n payment(s), refunded %2</source>
        <translation>
            <numerusform>รับ %1 จาก %n รายการชำระ คืนเงิน %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Net tickets</source>
        <translation>บัตรสุทธิ</translation>
    </message>
    <message>
        <source>Orders returned</source>
        <translation>คำสั่งซื้อที่คืน</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportsDialog</name>
    <message>
        <source>Sales report</source>
        <translation>รายงานยอดขาย</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ช่วงเวลา (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>จัดกลุ่มตาม (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ส่งออก CSV (&amp;E)…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>Sold on %1, less what was returned or refunded that day (net). Amounts in baht.</source>
        <translation>ยอดขายวันที่ %1 หักบัตรที่คืนและเงินที่คืนในวันนั้น (สุทธิ) จำนวนเงินเป็นบาท</translation>
    </message>
    <message>
        <source>Sold from %1 to %2 (both days included), less what was returned or refunded in that time (net). Amounts in baht.</source>
        <translation>ยอดขายตั้งแต่ %1 ถึง %2 (รวมทั้งสองวัน) หักบัตรที่คืนและเงินที่คืนในช่วงเวลานั้น (สุทธิ) จำนวนเงินเป็นบาท</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>ไม่มียอดขายในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Nothing to export yet: the report has not loaded.</source>
        <translation>ยังไม่มีข้อมูลให้ส่งออก: รายงานยังโหลดไม่เสร็จ</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>บันทึกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Days run from midnight to midnight at the venue (%1).</source>
        <translation>วันนับจากเที่ยงคืนถึงเที่ยงคืนตามเวลาของสนาม (%1)</translation>
    </message>
</context>
<context>
    <name>boxoffice::ReturnSeatsDialog</name>
    <message>
        <source>Return seats of order #%1</source>
        <translation>คืนที่นั่งของคำสั่งซื้อ #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to return: %1</source>
        <translation>
            <numerusform>คืน %n ที่นั่ง: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>คืนเงิน: %1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>Back to the payments, cash first</source>
        <translation>คืนตามการชำระเดิม เงินสดก่อน</translation>
    </message>
    <message>
        <source>Only to %1</source>
        <translation>คืนทาง %1 เท่านั้น</translation>
    </message>
    <message>
        <source>Refund &amp;to:</source>
        <translation>คืนเงินทาง (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Return and refund</source>
        <translation>คืนที่นั่งและคืนเงิน (&amp;R)</translation>
    </message>
</context>
<context>
    <name>boxoffice::ScheduleDialog</name>
    <message>
        <source>Weekly schedule</source>
        <translation>ตารางประจำสัปดาห์</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;สนาม:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>จ.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>อ.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>พ.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>พฤ.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ศ.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>ส.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>อา.</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>ทุกวัน:</translation>
    </message>
    <message>
        <source>&amp;At (venue time):</source>
        <translation>เ&amp;วลา (เวลาสนาม):</translation>
    </message>
    <message>
        <source>For the next &amp;weeks:</source>
        <translation>จำนวน&amp;สัปดาห์ข้างหน้า:</translation>
    </message>
    <message>
        <source>Muay Thai Night</source>
        <translation>ศึกมวยไทย</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <source>Dates of the schedule</source>
        <translation>วันที่ตามตาราง</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;ดูตัวอย่าง</translation>
    </message>
    <message>
        <source>&amp;Create shows</source>
        <translation>&amp;สร้างรอบการแสดง</translation>
    </message>
    <message>
        <source>%1 — new</source>
        <translation>%1 — ใหม่</translation>
    </message>
    <message>
        <source>%1 — skipped: a show exists that day at this venue</source>
        <translation>%1 — ข้าม: สนามนี้มีรอบการแสดงในวันนั้นแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n new show(s)</source>
        <translation>
            <numerusform>รอบใหม่ %n รอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>ข้าม %n รอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>สร้างรอบการแสดงแล้ว %n รอบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation>คำอธิบายสีผังที่นั่ง</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>zone name, price of a free seat</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Keyboard cursor (Space holds or releases)</source>
        <translation>เคอร์เซอร์แป้นพิมพ์ (Space จองหรือปล่อย)</translation>
    </message>
    <message>
        <source>Free seat: %1</source>
        <translation>ที่นั่งว่าง: %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapModel</name>
    <message>
        <source>Counter #%1</source>
        <translation>เคาน์เตอร์ #%1</translation>
    </message>
    <message>
        <source>House seats</source>
        <translation>ที่นั่งสำรองของสนาม</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>สื่อมวลชน</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>ชำรุด</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>ตำแหน่งกล้อง</translation>
    </message>
    <message>
        <source>Kill (sight line)</source>
        <translation>ปิดขาย (มุมมองถูกบัง)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>block kind, reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapView</name>
    <message>
        <source>Seat map</source>
        <translation>ผังที่นั่ง</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>เวที</translation>
    </message>
    <message>
        <source>Held by this counter, %1 left</source>
        <translation>ถูกจองโดยเคาน์เตอร์นี้ เหลือเวลา %1</translation>
    </message>
    <message>
        <source>Held by %1, %2 left</source>
        <translation>ถูกจองโดย %1 เหลือเวลา %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>seat, zone, price</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>boxoffice::SetupWindow</name>
    <message>
        <source>Set-up</source>
        <translation>ตั้งค่าระบบ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>Shows and prices</source>
        <translation>รอบการแสดงและราคา</translation>
    </message>
    <message>
        <source>Seat blocks</source>
        <translation>กันที่นั่ง</translation>
    </message>
    <message>
        <source>Price types</source>
        <translation>ประเภทราคา</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowFiguresModel</name>
    <message>
        <source>Show</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>สถานะการขาย</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>ความจุ</translation>
    </message>
    <message>
        <source>Sold %</source>
        <translation>ขายแล้ว %</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ถูกล็อก</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>รอชำระ</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>รายรับ</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowFormDialog</name>
    <message>
        <source>Edit show</source>
        <translation>แก้ไขรอบการแสดง</translation>
    </message>
    <message>
        <source>New show</source>
        <translation>รอบการแสดงใหม่</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;สนาม:</translation>
    </message>
    <message>
        <source>e.g. Rajadamnern Monday Fights: Saenchai vs …</source>
        <translation>เช่น ศึกมวยราชดำเนินวันจันทร์: แสนชัย ปะทะ …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <source>Subtitle or bouts</source>
        <translation>ชื่อรองหรือคู่มวย</translation>
    </message>
    <message>
        <source>&amp;Subtitle / bouts:</source>
        <translation>ชื่อรอง / &amp;คู่มวย:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>เ&amp;ริ่ม:</translation>
    </message>
    <message>
        <source>&amp;Doors open:</source>
        <translation>เปิด&amp;ประตู:</translation>
    </message>
    <message>
        <source>empty: on sale at once</source>
        <translation>ว่าง: เปิดขายทันที</translation>
    </message>
    <message>
        <source>Sales &amp;open:</source>
        <translation>เปิด&amp;ขาย:</translation>
    </message>
    <message>
        <source>empty: 2 hours after the start</source>
        <translation>ว่าง: 2 ชั่วโมงหลังเริ่ม</translation>
    </message>
    <message>
        <source>Sales &amp;close:</source>
        <translation>ปิดขา&amp;ย:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;สร้าง</translation>
    </message>
    <message>
        <source>Times are the venue&apos;s (%1).</source>
        <translation>เวลาเป็นเวลาของสนาม (%1)</translation>
    </message>
    <message>
        <source>Type the date and time as %1.</source>
        <translation>พิมพ์วันที่และเวลาในรูปแบบ %1</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
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
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sales ended</source>
        <translation>ปิดการขายแล้ว</translation>
    </message>
    <message>
        <source>On sale from %1</source>
        <translation>เปิดขาย %1</translation>
    </message>
    <message>
        <source>Seats still free in this class (lapsed holds count as free)</source>
        <translation>ที่นั่งที่ยังว่างในชั้นนี้ (การจองที่หมดเวลานับเป็นว่าง)</translation>
    </message>
    <message>
        <source>Ringside
free</source>
        <translation>ริงไซด์
ว่าง</translation>
    </message>
    <message>
        <source>Class 2
free</source>
        <translation>ชั้น 2
ว่าง</translation>
    </message>
    <message>
        <source>Class 3
free</source>
        <translation>ชั้น 3
ว่าง</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowsPage</name>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>พักการขาย</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดการขาย</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>&amp;New show…</source>
        <translation>รอบการแสดง&amp;ใหม่…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>Cancel sho&amp;w…</source>
        <translation>ยกเลิกรอบการแ&amp;สดง…</translation>
    </message>
    <message>
        <source>&amp;Weekly schedule…</source>
        <translation>ตาราง&amp;ประจำสัปดาห์…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>โ&amp;หลดใหม่</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>รอบการแสดง</translation>
    </message>
    <message>
        <source>Date (venue time)</source>
        <translation>วันที่ (เวลาสนาม)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>ขายแล้ว</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Prices of the selected show</source>
        <translation>ราคาของรอบการแสดงที่เลือก</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>ประเภทบัตร</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Price (THB)</source>
        <translation>ราคา (บาท)</translation>
    </message>
    <message>
        <source>&amp;Save prices</source>
        <translation>&amp;บันทึกราคา</translation>
    </message>
    <message>
        <source>Show to copy the prices from</source>
        <translation>รอบการแสดงที่จะคัดลอกราคามา</translation>
    </message>
    <message>
        <source>Cop&amp;y prices from it</source>
        <translation>&amp;คัดลอกราคาจากรอบนี้</translation>
    </message>
    <message>
        <source>Orders to refund</source>
        <translation>คำสั่งซื้อที่ต้องคืนเงิน</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Refund &amp;selected</source>
        <translation>คืนเงินรายการที่&amp;เลือก</translation>
    </message>
    <message>
        <source>Refund &amp;all</source>
        <translation>คืนเงิน&amp;ทั้งหมด</translation>
    </message>
    <message>
        <source>Prices of %1, %2</source>
        <translation>ราคาของ %1, %2</translation>
    </message>
    <message>
        <source>Orders to refund (after a show is cancelled)</source>
        <translation>คำสั่งซื้อที่ต้องคืนเงิน (หลังยกเลิกรอบการแสดง)</translation>
    </message>
    <message numerus="yes">
        <source>Orders to refund: %n</source>
        <translation>
            <numerusform>คำสั่งซื้อที่ต้องคืนเงิน: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation>บันทึกแล้ว: %1, %2</translation>
    </message>
    <message>
        <source>Cancel show</source>
        <translation>ยกเลิกรอบการแสดง</translation>
    </message>
    <message>
        <source>Cancel %1 on %2? Sales stop at once on every counter; the orders sold are listed for refunds.</source>
        <translation>ยกเลิก %1 วันที่ %2 หรือไม่ ทุกเคาน์เตอร์จะหยุดขายทันที และจะแสดงรายการคำสั่งซื้อที่ขายแล้วเพื่อคืนเงิน</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation>&amp;ยกเลิกรอบการแสดง</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>เ&amp;ก็บไว้</translation>
    </message>
    <message numerus="yes">
        <source>Show cancelled; %n order(s) to refund.</source>
        <translation>
            <numerusform>ยกเลิกรอบการแสดงแล้ว มีคำสั่งซื้อที่ต้องคืนเงิน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>สร้างรอบการแสดงแล้ว %n รอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>บันทึกราคาแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices copied.</source>
        <translation>คัดลอกราคาแล้ว</translation>
    </message>
    <message>
        <source>Prices copied; not at this venue: %1.</source>
        <translation>คัดลอกราคาแล้ว ไม่มีที่สนามนี้: %1</translation>
    </message>
    <message>
        <source>Show cancelled: %1</source>
        <translation>ยกเลิกรอบการแสดง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>คืนเงินแล้ว %n รายการ รวม %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard (THB)</source>
        <translation>ราคาปกติ (บาท)</translation>
    </message>
    <message>
        <source>%1 (comp)</source>
        <translation>%1 (บัตรเชิญ)</translation>
    </message>
    <message>
        <source>Empty: not sold at this price type.</source>
        <translation>ว่าง: ไม่ขายในประเภทราคานี้</translation>
    </message>
    <message>
        <source>Pass-out</source>
        <translation>ออกชั่วคราว</translation>
    </message>
    <message>
        <source>Ticked: the gates let a holder go out and come back in once (Space to change).</source>
        <translation>เมื่อเลือก: ประตูให้ผู้ถือบัตรออกชั่วคราวและกลับเข้างานได้หนึ่งครั้ง (กด Space เพื่อเปลี่ยน)</translation>
    </message>
    <message>
        <source>Pass-out and re-entry allowed at the gates</source>
        <translation>ประตูอนุญาตให้ออกชั่วคราวและกลับเข้างาน</translation>
    </message>
    <message>
        <source>No pass-out: a ticket admits once</source>
        <translation>ไม่อนุญาตให้ออกชั่วคราว: บัตรหนึ่งใบเข้างานได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>%1: the gates now allow pass-out and re-entry.</source>
        <translation>%1: ประตูอนุญาตให้ออกชั่วคราวและกลับเข้างานแล้ว</translation>
    </message>
    <message>
        <source>%1: no pass-out at the gates any more.</source>
        <translation>%1: ประตูไม่อนุญาตให้ออกชั่วคราวอีกต่อไป</translation>
    </message>
</context>
<context>
    <name>boxoffice::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>เข้าสู่ระบบ (&amp;S)</translation>
    </message>
    <message>
        <source>The database did not accept the account %1 (%2). Ask a manager to set its password again.</source>
        <translation>ฐานข้อมูลไม่ยอมรับบัญชี %1 (%2) กรุณาให้ผู้จัดการตั้งรหัสผ่านของบัญชีนี้ใหม่</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>รหัสผ่านใหม่ (&amp;N):</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>รหัสผ่านใหม่อีกครั้ง (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>เปลี่ยนรหัสผ่าน (&amp;C)</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>กรุณาเลือกรหัสผ่านที่ต่างจากรหัสผ่านที่ได้รับมา</translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached, so this station checks the password itself. Only door staff who signed in here with the database in the last %n hour(s) can sign in now, with the same password.</source>
        <translation>
            <numerusform>ติดต่อฐานข้อมูลไม่ได้ สถานีนี้จึงตรวจรหัสผ่านเอง ขณะนี้ลงชื่อเข้าใช้ได้เฉพาะเจ้าหน้าที่ประตูที่เคยลงชื่อเข้าใช้ที่นี่ขณะติดต่อฐานข้อมูลได้ภายใน %n ชั่วโมงที่ผ่านมา ด้วยรหัสผ่านเดิม</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>บัญชีพนักงาน</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>ล็อกถึง</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>e.g. somchai (lower case, no spaces)</source>
        <translation>เช่น somchai (ตัวพิมพ์เล็ก ไม่มีช่องว่าง)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ตำแหน่ง (&amp;R):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation>สำหรับบัญชีใหม่หรือการตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;ew account</source>
        <translation>บัญชีใหม่ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>เพิ่มบัญชี (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save name and role</source>
        <translation>บันทึกชื่อและตำแหน่ง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>ปิดการใช้งาน (&amp;D)</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>ตั้งรหัสผ่านใหม่ (&amp;W)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>ปลดล็อก (&amp;L)</translation>
    </message>
    <message>
        <source>A new account and a reset password must be changed at the next sign-in. Passwords: at least %1 characters, not the user name.</source>
        <translation>บัญชีใหม่และรหัสผ่านที่ตั้งใหม่ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป รหัสผ่าน: อย่างน้อย %1 ตัวอักษร และต้องไม่ใช่ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in.</source>
        <translation>ปิดการใช้งานแล้ว: เข้าสู่ระบบไม่ได้</translation>
    </message>
    <message>
        <source>Locked out until %1.</source>
        <translation>ถูกล็อกถึง %1</translation>
    </message>
    <message>
        <source>Must choose a new password at the next sign-in.</source>
        <translation>ต้องเลือกรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <source>No database login yet: reset the password to give it one.</source>
        <translation>ยังไม่มีบัญชีเข้าฐานข้อมูล: ตั้งรหัสผ่านใหม่เพื่อสร้างให้</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>เปิดใช้งานอีกครั้ง (&amp;A)</translation>
    </message>
    <message>
        <source>New account.</source>
        <translation>บัญชีใหม่</translation>
    </message>
    <message>
        <source>Account %1 added; the password must be changed at the first sign-in.</source>
        <translation>เพิ่มบัญชี %1 แล้ว ต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>บันทึกบัญชี %1 แล้ว</translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation>เปิดใช้งานบัญชี %1 อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>ปิดการใช้งานบัญชี %1 แล้ว</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next sign-in.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ %1 แล้ว ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>ปลดล็อกบัญชี %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>boxoffice::SupervisorDashboard</name>
    <message numerus="yes">
        <source>%1 — %2 in the last %n minute(s)</source>
        <translation>
            <numerusform>%1 — %2 ใน %n นาทีที่ผ่านมา</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>แดชบอร์ดหัวหน้างาน</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Locked seats</source>
        <translation>ที่นั่งถูกล็อก</translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation>คำสั่งซื้อระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Takings today</source>
        <translation>รายรับวันนี้</translation>
    </message>
    <message>
        <source>Holds today</source>
        <translation>การจองวันนี้</translation>
    </message>
    <message>
        <source>Lock conflicts today</source>
        <translation>การจองชนกันวันนี้</translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation>คำขอซ้ำ</translation>
    </message>
    <message>
        <source>Orders already in progress</source>
        <translation>คำสั่งซื้อที่กำลังดำเนินการอยู่</translation>
    </message>
    <message>
        <source>Retries answered by key</source>
        <translation>คำขอซ้ำที่ตอบจากคีย์เดิม</translation>
    </message>
    <message>
        <source>Similar orders flagged</source>
        <translation>คำสั่งซื้อคล้ายกันที่ถูกเตือน</translation>
    </message>
    <message>
        <source>Rate-limited requests</source>
        <translation>คำขอที่ถูกจำกัดความถี่</translation>
    </message>
    <message>
        <source>Last cleanup</source>
        <translation>ล้างข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Sales per minute</source>
        <translation>การขายต่อนาที</translation>
    </message>
    <message>
        <source>Holds per minute</source>
        <translation>การจองต่อนาที</translation>
    </message>
    <message>
        <source>Lock conflicts per minute</source>
        <translation>การจองชนกันต่อนาที</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>รายการแข่งขัน</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>งานเบื้องหลัง</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>สถานะระบบ</translation>
    </message>
    <message>
        <source>Select a finding to see what it is about.</source>
        <translation>เลือกรายการที่ตรวจพบเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>รีเฟรชไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>อัปเดตล่าสุด %1</translation>
    </message>
    <message>
        <source>seats held right now</source>
        <translation>ที่นั่งที่ถูกจองอยู่ขณะนี้</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>รอชำระเงิน</translation>
    </message>
    <message>
        <source>seat holds by every counter</source>
        <translation>การจองที่นั่งจากทุกเคาน์เตอร์</translation>
    </message>
    <message>
        <source>seats another counter had first</source>
        <translation>ที่นั่งที่เคาน์เตอร์อื่นจองไปก่อน</translation>
    </message>
    <message>
        <source>same request repeated within 5 s</source>
        <translation>คำขอเดิมซ้ำภายใน 5 วินาที</translation>
    </message>
    <message>
        <source>order already being processed</source>
        <translation>คำสั่งซื้อกำลังประมวลผลอยู่แล้ว</translation>
    </message>
    <message>
        <source>retry answered with the same order</source>
        <translation>ส่งซ้ำแล้วได้คำสั่งซื้อเดิม</translation>
    </message>
    <message>
        <source>similar order flagged for the clerk</source>
        <translation>แจ้งพนักงานขายว่ามีคำสั่งซื้อคล้ายกัน</translation>
    </message>
    <message>
        <source>requests over a counter&apos;s limit</source>
        <translation>คำขอที่เกินขีดจำกัดของเคาน์เตอร์</translation>
    </message>
    <message>
        <source>no cleanup has run yet</source>
        <translation>ยังไม่เคยล้างข้อมูล</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ล้มเหลว: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n รายการ ใน %2 มิลลิวินาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>วิกฤต %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>คำเตือน %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical problem(s)</source>
        <translation>
            <numerusform>ปัญหาวิกฤต %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>ปกติทั้งหมด</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>แสดง %1 รายการแรกจากทั้งหมด %2 รายการ</translation>
    </message>
    <message>
        <source>Nothing to show: this check found no problem.</source>
        <translation>ไม่มีข้อมูลให้แสดง: การตรวจสอบนี้ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>Counter sessions</source>
        <translation>เซสชันเคาน์เตอร์</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>ปิดเซสชัน (&amp;C)…</translation>
    </message>
    <message>
        <source>Close the session of a counter whose app stopped without signing out.</source>
        <translation>ปิดเซสชันของเคาน์เตอร์ที่โปรแกรมหยุดทำงานโดยไม่ได้ออกจากระบบ</translation>
    </message>
    <message>
        <source>Close counter session</source>
        <translation>ปิดเซสชันเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Why close the session of %1? The clerk there can no longer sell until they sign in again.</source>
        <translation>เหตุใดจึงปิดเซสชันของ %1 พนักงานที่นั่นจะขายไม่ได้จนกว่าจะลงชื่อเข้าใช้ใหม่</translation>
    </message>
    <message>
        <source>A reason is required to close a counter session.</source>
        <translation>ต้องระบุเหตุผลในการปิดเซสชันเคาน์เตอร์</translation>
    </message>
    <message>
        <source>The session of %1 was closed.</source>
        <translation>ปิดเซสชันของ %1 แล้ว</translation>
    </message>
    <message>
        <source>The session of %1 had already ended.</source>
        <translation>เซสชันของ %1 สิ้นสุดไปแล้ว</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close the dashboard (Esc)</source>
        <translation>ปิดแดชบอร์ด (Esc)</translation>
    </message>
    <message>
        <source>cash %1, refunded %2</source>
        <translation>เงินสด %1 คืนเงิน %2</translation>
    </message>
    <message>
        <source>Cash &amp;sign-off…</source>
        <translation>รับรองกะเงินสด… (&amp;S)</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>ประตู</translation>
    </message>
    <message>
        <source>Show at the gates</source>
        <translation>รายการแข่งขันที่ประตู</translation>
    </message>
    <message>
        <source>No show today.</source>
        <translation>วันนี้ไม่มีรายการแข่งขัน</translation>
    </message>
    <message>
        <source>Per zone</source>
        <translation>ตามโซน</translation>
    </message>
    <message>
        <source>Per gate</source>
        <translation>ตามประตู</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>การสแกนที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Duplicate entries (offline gates)</source>
        <translation>การเข้างานซ้ำ (ประตูที่ออฟไลน์)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticket(s) admitted, %2 to come</source>
        <translation>
            <numerusform>เข้างานแล้ว %1 จาก %Ln ใบ ยังไม่มา %2 ใบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) refused</source>
        <translation>
            <numerusform>ปฏิเสธ %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate entry(ies)</source>
        <translation>
            <numerusform>เข้างานซ้ำ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Gate figures could not be read: %1</source>
        <translation>อ่านตัวเลขของประตูไม่ได้: %1</translation>
    </message>
    <message>
        <source>Orders today (net)</source>
        <translation>คำสั่งซื้อวันนี้ (สุทธิ)</translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation>ขาย %1 คืน %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsDialog</name>
    <message>
        <source>Venue settings</source>
        <translation>ตั้งค่าสนาม</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>สนาม (&amp;V):</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>เขตเวลา:</translation>
    </message>
    <message>
        <source>e.g. 081-234-5678 (empty: no PromptPay)</source>
        <translation>เช่น 081-234-5678 (เว้นว่าง: ไม่รับพร้อมเพย์)</translation>
    </message>
    <message>
        <source>&amp;PromptPay id:</source>
        <translation>หมายเลขพร้อมเพย์ (&amp;P):</translation>
    </message>
    <message>
        <source>The account the PromptPay QR codes at the counters pay into: a mobile number (0 and 9 digits), a 13-digit national or tax id, or a 15-digit e-wallet id. Without one the counters do not offer PromptPay.</source>
        <translation>บัญชีที่รับเงินจากคิวอาร์โค้ดพร้อมเพย์ของทุกเคาน์เตอร์: หมายเลขโทรศัพท์มือถือ (0 ตามด้วยตัวเลข 9 หลัก) เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี 13 หลัก หรือหมายเลขอีวอลเล็ต 15 หลัก ถ้าไม่มี เคาน์เตอร์จะไม่รับชำระด้วยพร้อมเพย์</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>None: the counters do not offer PromptPay for this venue.</source>
        <translation>ไม่มี: เคาน์เตอร์จะไม่รับชำระด้วยพร้อมเพย์สำหรับสนามนี้</translation>
    </message>
    <message>
        <source>Not a PromptPay id yet.</source>
        <translation>ยังไม่ใช่หมายเลขพร้อมเพย์</translation>
    </message>
    <message>
        <source>A mobile number.</source>
        <translation>หมายเลขโทรศัพท์มือถือ</translation>
    </message>
    <message>
        <source>A national or tax id (its check digit is checked when saved).</source>
        <translation>เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี (ตรวจหลักตรวจสอบเมื่อบันทึก)</translation>
    </message>
    <message>
        <source>An e-wallet id.</source>
        <translation>หมายเลขอีวอลเล็ต</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved: %1 has no PromptPay id; the counters do not offer PromptPay.</source>
        <translation>บันทึกแล้ว: %1 ไม่มีหมายเลขพร้อมเพย์ เคาน์เตอร์จะไม่รับชำระด้วยพร้อมเพย์</translation>
    </message>
    <message>
        <source>Saved: the PromptPay id of %1 is %2.</source>
        <translation>บันทึกแล้ว: หมายเลขพร้อมเพย์ของ %1 คือ %2</translation>
    </message>
</context>
<context>
    <name>boxoffice::VenuesPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Replace layout…</source>
        <translation>แทนที่ผังที่นั่ง… (&amp;R)</translation>
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
        <source>Venues</source>
        <translation>สนาม</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>ที่นั่ง</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Coming shows</source>
        <translation>รายการที่จะมาถึง</translation>
    </message>
    <message>
        <source>Test venue</source>
        <translation>สนามทดสอบ</translation>
    </message>
    <message>
        <source>Make a new venue from a CSV or JSON file (docs/VENUE-FORMAT.md)</source>
        <translation>สร้างสนามใหม่จากไฟล์ CSV หรือ JSON (docs/VENUE-FORMAT.md)</translation>
    </message>
    <message>
        <source>Apply a changed layout file to the selected venue</source>
        <translation>ใช้ไฟล์ผังที่นั่งที่แก้ไขกับสนามที่เลือก</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>ปัญหาในไฟล์</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>กำลังอ่านไฟล์</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>ชื่อสนาม</translation>
    </message>
    <message>
        <source>Preview of the places</source>
        <translation>ตัวอย่างที่นั่ง</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>เขตเวลา (&amp;T):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Replace the layout of venue %1</source>
        <translation>แทนที่ผังที่นั่งของสนาม %1</translation>
    </message>
    <message>
        <source>Import a venue</source>
        <translation>นำเข้าสนาม</translation>
    </message>
    <message>
        <source>Venue files (*.csv *.json)</source>
        <translation>ไฟล์สนาม (*.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s), listed above. Nothing was saved.</source>
        <translation>
            <numerusform>นำเข้า %1 ไม่ได้: มีปัญหา %n รายการ ดังที่แสดงด้านบน ไม่ได้บันทึกสิ่งใด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in %1 zone(s): check the preview, then Save.</source>
        <translation>
            <numerusform>ที่นั่ง %n ที่ใน %1 โซน: ตรวจดูตัวอย่าง แล้วกดบันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Venue %1 changed: %2 place(s) added, %3 retired, %4 re-zoned, %5 moved.</source>
        <translation>เปลี่ยนสนาม %1 แล้ว: เพิ่มที่นั่ง %2 ที่ เลิกใช้ %3 เปลี่ยนโซน %4 ย้าย %5</translation>
    </message>
    <message>
        <source>Venue %1 saved with %2 place(s) in %3 zone(s).</source>
        <translation>บันทึกสนาม %1 แล้ว: ที่นั่ง %2 ที่ใน %3 โซน</translation>
    </message>
    <message>
        <source>(none: Import… or Replace layout…)</source>
        <translation>(ยังไม่มี: นำเข้า… หรือ แทนที่ผังที่นั่ง…)</translation>
    </message>
</context>
<context>
    <name>boxoffice::admin</name>
    <message>
        <source>Usage: boxoffice admin [--data-dir DIR] COMMAND [ARGUMENTS]</source>
        <translation>วิธีใช้: boxoffice admin [--data-dir DIR] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Works on BOXOFFICE_DB if set (as the login named there), else on the local database in DIR.</source>
        <translation>ทำงานกับ BOXOFFICE_DB หากตั้งไว้ (ด้วยบัญชีที่ระบุในนั้น) มิฉะนั้นใช้ฐานข้อมูลในเครื่องใน DIR</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>คำสั่ง:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ยังไม่มี)</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir ต้องระบุโฟลเดอร์</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>BOXOFFICE_DB: %1</source>
        <translation>BOXOFFICE_DB: %1</translation>
    </message>
    <message>
        <source>The local database in %1 cannot be started: %2</source>
        <translation>เริ่มฐานข้อมูลในเครื่องที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 ต้องมีค่า</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>ไม่รู้จักตัวเลือก --%1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>อ่านไฟล์รหัสผ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot read the password from the standard input.</source>
        <translation>อ่านรหัสผ่านจากอินพุตมาตรฐานไม่ได้</translation>
    </message>
    <message>
        <source>Give one user name.</source>
        <translation>กรุณาระบุชื่อผู้ใช้หนึ่งชื่อ</translation>
    </message>
    <message>
        <source>Lists the staff accounts: user name, display name, role, active, locked until (tab-separated).</source>
        <translation>แสดงบัญชีพนักงาน: ชื่อผู้ใช้ ชื่อที่แสดง ตำแหน่ง การใช้งาน ล็อกถึง (คั่นด้วยแท็บ)</translation>
    </message>
    <message>
        <source>list-staff takes no arguments.</source>
        <translation>list-staff ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <source>Adds a staff account; its first password (from FILE or the standard input) must be changed at the first sign-in.</source>
        <translation>เพิ่มบัญชีพนักงาน รหัสผ่านแรก (จาก FILE หรืออินพุตมาตรฐาน) ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>ไม่คาดว่าจะมีอาร์กิวเมนต์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-staff needs --%1.</source>
        <translation>add-staff ต้องมี --%1</translation>
    </message>
    <message>
        <source>Changes an account&apos;s role (its database login moves to the role&apos;s group).</source>
        <translation>เปลี่ยนตำแหน่งของบัญชี (บัญชีเข้าฐานข้อมูลย้ายไปอยู่กลุ่มของตำแหน่งนั้น)</translation>
    </message>
    <message>
        <source>Give a user name and a role.</source>
        <translation>กรุณาระบุชื่อผู้ใช้และตำแหน่ง</translation>
    </message>
    <message>
        <source>Deactivates an account: it can no longer sign in, nor log in to the database.</source>
        <translation>ปิดการใช้งานบัญชี: เข้าสู่ระบบและเข้าฐานข้อมูลไม่ได้อีก</translation>
    </message>
    <message>
        <source>Reactivates a deactivated account.</source>
        <translation>เปิดใช้งานบัญชีที่ปิดไว้อีกครั้ง</translation>
    </message>
    <message>
        <source>Gives an account a new password (from FILE or the standard input), to be changed at the next sign-in.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้บัญชี (จาก FILE หรืออินพุตมาตรฐาน) ซึ่งต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <source>Unlocks an account locked out after wrong passwords.</source>
        <translation>ปลดล็อกบัญชีที่ถูกล็อกเพราะใส่รหัสผ่านผิด</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 ต้องระบุค่า</translation>
    </message>
    <message>
        <source>--%1 needs a number (an id), not &quot;%2&quot;.</source>
        <translation>--%1 ต้องเป็นตัวเลข (รหัส) ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Give either --show ID or --venue ID.</source>
        <translation>ระบุ --show ID หรือ --venue ID อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>block needs --seats, --kind and --reason.</source>
        <translation>block ต้องระบุ --seats, --kind และ --reason</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use one of %2.</source>
        <translation>ไม่รู้จักประเภท &quot;%1&quot;: ใช้ได้แก่ %2</translation>
    </message>
    <message>
        <source>Blocked %1 seat(s) of show %2.</source>
        <translation>กันที่นั่ง %1 ที่นั่งของรอบ %2 แล้ว</translation>
    </message>
    <message>
        <source>Blocked %1 seat(s) of venue %2: %3 seat(s) in %4 future show(s).</source>
        <translation>กันที่นั่ง %1 ที่นั่งของสนาม %2 แล้ว: %3 ที่นั่งใน %4 รอบที่จะมาถึง</translation>
    </message>
    <message>
        <source>Released %1 seat(s) of show %2 to sale.</source>
        <translation>ปล่อยขายที่นั่ง %1 ที่นั่งของรอบ %2 แล้ว</translation>
    </message>
    <message>
        <source>Released %1 venue block(s) of venue %2: %3 seat(s) of future shows back on sale.</source>
        <translation>ยกเลิกการกันที่นั่งของสนาม %2 แล้ว %1 รายการ: %3 ที่นั่งในรอบที่จะมาถึงกลับมาขายได้</translation>
    </message>
    <message>
        <source>copy-blocks needs --from ID and --to ID.</source>
        <translation>copy-blocks ต้องระบุ --from ID และ --to ID</translation>
    </message>
    <message>
        <source>Copied the blocks of show %1 to show %2: %3 seat(s) blocked.</source>
        <translation>คัดลอกการกันที่นั่งของรอบ %1 ไปยังรอบ %2 แล้ว: กัน %3 ที่นั่ง</translation>
    </message>
    <message>
        <source>Block seats of a show, or of every future show of a venue (kinds: house, press, broken, camera, kill).</source>
        <translation>กันที่นั่งของรอบหนึ่ง หรือของทุกรอบที่จะมาถึงของสนาม (ประเภท: house, press, broken, camera, kill)</translation>
    </message>
    <message>
        <source>Release blocked seats to sale: the seats given, or of one kind, or all.</source>
        <translation>ปล่อยที่นั่งที่ถูกกันกลับมาขาย: ตามที่นั่งที่ระบุ ตามประเภท หรือทั้งหมด</translation>
    </message>
    <message>
        <source>Block in a show the seats blocked in another show of the same venue.</source>
        <translation>กันที่นั่งในรอบหนึ่งตามที่ถูกกันในอีกรอบของสนามเดียวกัน</translation>
    </message>
    <message>
        <source>List the blocked seats of a show (or a venue&apos;s blocks): label, kind, reason.</source>
        <translation>แสดงที่นั่งที่ถูกกันของรอบ (หรือของสนาม): ป้ายที่นั่ง ประเภท เหตุผล</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>ต้องระบุ --%1</translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation>--%1 ต้องเป็นตัวเลข</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to refund:</source>
        <translation>
            <numerusform>คำสั่งซื้อที่ต้องคืนเงิน %n รายการ:</numerusform>
        </translation>
    </message>
    <message>
        <source>--weekdays takes day names such as mon,wed,thu,sun.</source>
        <translation>--weekdays ใช้ชื่อวัน เช่น mon,wed,thu,sun</translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-12-07.</source>
        <translation>--from ใช้วันที่ เช่น 2026-12-07</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>skipped: show %1 that day</source>
        <translation>ข้าม: มีรอบการแสดง %1 ในวันนั้นแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>สร้างรอบการแสดงแล้ว %n รอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not at the venue of show %1: %2</source>
        <translation>ไม่มีที่สนามของรอบการแสดง %1: %2</translation>
    </message>
    <message>
        <source>Lists the shows from yesterday on: id, start (venue time), title, venue, state, seats sold.</source>
        <translation>แสดงรายการรอบการแสดงตั้งแต่เมื่อวาน: รหัส เวลาเริ่ม (เวลาสนาม) ชื่อ สนาม สถานะ ที่นั่งที่ขายแล้ว</translation>
    </message>
    <message>
        <source>Creates a show; times are the venue&apos;s.</source>
        <translation>สร้างรอบการแสดง เวลาเป็นเวลาของสนาม</translation>
    </message>
    <message>
        <source>Changes a show; an empty time clears it.</source>
        <translation>แก้ไขรอบการแสดง เวลาที่เว้นว่างจะถูกล้าง</translation>
    </message>
    <message>
        <source>Creates a show on each of those weekdays, skipping days that have one; --dry-run only lists them.</source>
        <translation>สร้างรอบการแสดงในวันดังกล่าวของแต่ละสัปดาห์ ข้ามวันที่มีรอบอยู่แล้ว --dry-run แสดงรายการเท่านั้น</translation>
    </message>
    <message>
        <source>Cancels a show (sales stop at once) and lists the orders to refund.</source>
        <translation>ยกเลิกรอบการแสดง (หยุดขายทันที) และแสดงรายการคำสั่งซื้อที่ต้องคืนเงิน</translation>
    </message>
    <message>
        <source>Lists a show&apos;s orders still to refund: order, customer, phone, seats, total.</source>
        <translation>แสดงคำสั่งซื้อของรอบการแสดงที่ยังต้องคืนเงิน: คำสั่งซื้อ ลูกค้า โทรศัพท์ ที่นั่ง ยอดรวม</translation>
    </message>
    <message>
        <source>--replace needs a venue id (a number; see list-venues).</source>
        <translation>--replace ต้องระบุรหัสสนาม (ตัวเลข ดูได้จาก list-venues)</translation>
    </message>
    <message>
        <source>import-venue needs a file (CSV or JSON, see docs/VENUE-FORMAT.md).</source>
        <translation>import-venue ต้องระบุไฟล์ (CSV หรือ JSON ดู docs/VENUE-FORMAT.md)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>Imports a venue&apos;s seating from a CSV or JSON file (docs/VENUE-FORMAT.md), or with --replace applies it to an existing venue.</source>
        <translation>นำเข้าที่นั่งของสนามจากไฟล์ CSV หรือ JSON (docs/VENUE-FORMAT.md) หรือใช้กับสนามที่มีอยู่เมื่อระบุ --replace</translation>
    </message>
    <message>
        <source>Lists the venues with their seats and zones.</source>
        <translation>แสดงรายการสนามพร้อมที่นั่งและโซน</translation>
    </message>
    <message>
        <source>Give either --price or --remove.</source>
        <translation>ระบุ --price หรือ --remove อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>comp</source>
        <translation>บัตรเชิญ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message numerus="yes">
        <source>Approval below %1 % of the standard price; an approval lasts %n minute(s).</source>
        <translation>
            <numerusform>ต้องอนุมัติเมื่อต่ำกว่า %1 % ของราคาปกติ การอนุมัติมีผล %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs yes or no.</source>
        <translation>--%1 ต้องเป็น yes หรือ no</translation>
    </message>
    <message>
        <source>Sets a show&apos;s price of one ticket type (baht), at a price type (default STANDARD; a comp&apos;s is 0); --remove stops selling that price type for it. Sold orders keep theirs.</source>
        <translation>ตั้งราคาบัตรประเภทหนึ่งของรอบการแสดง (บาท) ตามประเภทราคา (ค่าเริ่มต้น STANDARD บัตรเชิญเป็น 0) --remove หยุดขายประเภทราคานั้น คำสั่งซื้อที่ขายแล้วคงราคาเดิม</translation>
    </message>
    <message>
        <source>Lists a show&apos;s prices: ticket type, price type, price.</source>
        <translation>แสดงราคาของรอบการแสดง: ประเภทบัตร ประเภทราคา ราคา</translation>
    </message>
    <message>
        <source>Lists the price types (code, English and Thai names, comp, order, active) and the approval rule.</source>
        <translation>แสดงประเภทราคา (รหัส ชื่อภาษาอังกฤษและไทย บัตรเชิญ ลำดับ ใช้งาน) และกฎการอนุมัติ</translation>
    </message>
    <message>
        <source>Adds a price type (both names needed) or changes one.</source>
        <translation>เพิ่มประเภทราคา (ต้องมีทั้งสองชื่อ) หรือแก้ไข</translation>
    </message>
    <message>
        <source>Sets which discounts need a supervisor (below this % of the standard price; comps always) and how long an approval lasts.</source>
        <translation>กำหนดส่วนลดที่ต้องให้หัวหน้าอนุมัติ (ต่ำกว่า % นี้ของราคาปกติ บัตรเชิญต้องเสมอ) และระยะเวลาที่การอนุมัติมีผล</translation>
    </message>
    <message>
        <source>Copies every price of one show to another, of every price type.</source>
        <translation>คัดลอกราคาทุกประเภทราคาจากรอบการแสดงหนึ่งไปยังอีกรอบ</translation>
    </message>
    <message>
        <source>(clerk, supervisor, manager or gate)</source>
        <translation>(clerk, supervisor, manager หรือ gate)</translation>
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
    <message>
        <source>Box Office</source>
        <translation>ระบบจำหน่ายบัตร</translation>
    </message>
    <message>
        <source>Name of this counter:</source>
        <translation>ชื่อเคาน์เตอร์นี้:</translation>
    </message>
    <message>
        <source>Signed in as %1; opening the counter…</source>
        <translation>เข้าสู่ระบบในชื่อ %1 แล้ว กำลังเปิดเคาน์เตอร์…</translation>
    </message>
    <message>
        <source>Sign in to start selling.</source>
        <translation>กรุณาเข้าสู่ระบบเพื่อเริ่มขาย</translation>
    </message>
    <message>
        <source>Sign in as the first clerk on the owner&apos;s connection, without a password (tests).</source>
        <translation>ลงชื่อเข้าใช้เป็นพนักงานขายคนแรกผ่านการเชื่อมต่อของเจ้าของ โดยไม่ต้องใช้รหัสผ่าน (สำหรับการทดสอบ)</translation>
    </message>
    <message>
        <source>Be the counter of this slot of the settings, even if another copy is (tests).</source>
        <translation>ใช้เคาน์เตอร์ของช่องนี้ในการตั้งค่า แม้อีกโปรแกรมหนึ่งใช้อยู่ (สำหรับการทดสอบ)</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>เคาน์เตอร์ %1</translation>
    </message>
    <message>
        <source>Counter not opened</source>
        <translation>เปิดเคาน์เตอร์ไม่ได้</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>กำลังออกจากระบบ…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>%1 is selling at counter %2.</source>
        <translation>%1 กำลังขายที่เคาน์เตอร์ %2</translation>
    </message>
    <message>
        <source>Make a new local database without the demo data; the first start asks for the first manager.</source>
        <translation>สร้างฐานข้อมูลในเครื่องใหม่โดยไม่มีข้อมูลตัวอย่าง การเปิดครั้งแรกจะถามบัญชีผู้จัดการคนแรก</translation>
    </message>
    <message>
        <source>Make the first manager&apos;s account to start.</source>
        <translation>สร้างบัญชีผู้จัดการคนแรกเพื่อเริ่มใช้งาน</translation>
    </message>
    <message>
        <source>The database answers again: starting…</source>
        <translation>ฐานข้อมูลตอบกลับแล้ว กำลังเริ่มระบบ…</translation>
    </message>
    <message>
        <source>Door staff can sign in to the gate.</source>
        <translation>เจ้าหน้าที่ประตูลงชื่อเข้าใช้สถานีประตูได้</translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached. Door staff who signed in at this station in the last %n hour(s) can sign in to the gate and admit from its saved lists; selling starts once the database answers again.</source>
        <translation>
            <numerusform>ติดต่อฐานข้อมูลไม่ได้ เจ้าหน้าที่ประตูที่ลงชื่อเข้าใช้ที่สถานีนี้ภายใน %n ชั่วโมงที่ผ่านมาลงชื่อเข้าใช้ประตูได้ และตรวจตั๋วจากรายชื่อที่บันทึกไว้ การขายตั๋วจะเริ่มได้เมื่อฐานข้อมูลตอบกลับอีกครั้ง</numerusform>
        </translation>
    </message>
</context>
</TS>
