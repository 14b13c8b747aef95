<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Approvals</name>
    <message>
        <source>Type the supervisor&apos;s user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong supervisor user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor or a manager can approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashReportSlip</name>
    <message>
        <source>Z report (shift closed) — shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (shift still open) — shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets net: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken, tickets and expected cash: shown after your count at the close (blind count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <comment>date, time (UTC offset, zone name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, UTC offset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by another counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>No orphaned bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned booking(s)</source>
        <translation>
            <numerusform>%n orphaned booking</numerusform>
            <numerusform>%n orphaned bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>No stale seat locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stale seat lock(s)</source>
        <translation>
            <numerusform>%n stale seat lock</numerusform>
            <numerusform>%n stale seat locks</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate guards: nothing unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) tripping the duplicate guards</source>
        <translation>
            <numerusform>%n counter tripping the duplicate guards</numerusform>
            <numerusform>%n counters tripping the duplicate guards</numerusform>
        </translation>
    </message>
    <message>
        <source>Every counter is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) offline</source>
        <translation>
            <numerusform>%n counter offline</numerusform>
            <numerusform>%n counters offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Background jobs run on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) failed, late or never run</source>
        <translation>
            <numerusform>%n background job failed, late or never run</numerusform>
            <numerusform>%n background jobs failed, late or never run</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats still sold or held for an order that was cancelled or has expired: nobody can buy them until they are freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds past their time that the cleanup has not released yet. They do not stop a sale (a hold past its time counts as free), but many of them mean the cleanup job is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter whose duplicate guards tripped far more often than the other counters&apos; lately: a stuck key, repeated clicks, or a network that keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters that were working but have sent no heartbeat lately: the app may have stopped or the network may be down. Counters closed properly are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs whose last run failed (critical), that have not run for more than twice their period, or that never ran (warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time this counter waits for the database to answer a trivial query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning at (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical at (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database answers in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database slow: %1 ms round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No healthy standby server (%n streaming)</source>
        <translation>
            <numerusform>No healthy standby server (%n streaming)</numerusform>
            <numerusform>No healthy standby server (%n streaming)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A standby server is falling behind (%n streaming)</source>
        <translation>
            <numerusform>A standby server is falling behind (%n streaming)</numerusform>
            <numerusform>A standby server is falling behind (%n streaming)</numerusform>
        </translation>
    </message>
    <message>
        <source>One database server, no standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n standby server(s) streaming</source>
        <translation>
            <numerusform>%n standby server streaming</numerusform>
            <numerusform>%n standby servers streaming</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server the counters write to (the primary) and its standby servers. With a synchronous standby expected, none streaming is critical: a sale waits for it, and the next failure of the primary has nothing to fail over to. A standby replaying more than 10 seconds behind is a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gate station is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gate station(s) offline</source>
        <translation>
            <numerusform>%n gate station offline</numerusform>
            <numerusform>%n gate stations offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Gates: refusals as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) refusing many scans</source>
        <translation>
            <numerusform>%n gate refusing many scans</numerusform>
            <numerusform>%n gates refusing many scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate stations that were open for a show and have not been heard from lately (they say they are alive every 30 seconds): the PC, the app or the network may be down, and the gate may be admitting from its downloaded list. Stations closed properly are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates that refused many of their scans in the last minutes: forged or copied tickets, people at the wrong show&apos;s door, or a scanner misreading. The most frequent refusal is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineGate</name>
    <message>
        <source>This gate cannot write to %1, so it cannot admit on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer and this gate has no admission list for the show: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the database only the QR code can be checked: scan it (the short code cannot be).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineSignIn</name>
    <message>
        <source>This station cannot write %1, so door staff cannot sign in here while the database is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 last signed in at this station with the database on %2. Offline, door staff can sign in only within %n hour(s) of that. Sign in once the database is back.</source>
        <translation>
            <numerusform>%1 last signed in at this station with the database on %2. Offline, door staff can sign in only within %n hour of that. Sign in once the database is back.</numerusform>
            <numerusform>%1 last signed in at this station with the database on %2. Offline, door staff can sign in only within %n hours of that. Sign in once the database is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The period must not end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counted cash: an amount from 0.00 to %1 baht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash of this counter was already reconciled for a shift overlapping this one (%1 to %2). Refresh to get the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift cannot end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to group the report: by show, zone, price type, counter or clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatBlocks</name>
    <message>
        <source>The two shows are at different venues: blocks are copied only between shows of one venue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The local database could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 held by %2 for %3 more</source>
        <translation>
            <numerusform>%1 is held by %2 for %3 more</numerusform>
            <numerusform>%1 are held by %2 for %3 more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 held by %2</source>
        <translation>
            <numerusform>%1 is held by %2</numerusform>
            <numerusform>%1 are held by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 held by another counter</source>
        <translation>
            <numerusform>%1 is held by another counter</numerusform>
            <numerusform>%1 are held by another counter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sold</source>
        <translation>
            <numerusform>%1 is sold</numerusform>
            <numerusform>%1 are sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocked</source>
        <translation>
            <numerusform>%1 is blocked</numerusform>
            <numerusform>%1 are blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not held by this counter</source>
        <translation>
            <numerusform>%1 is not held by this counter</numerusform>
            <numerusform>%1 are not held by this counter</numerusform>
        </translation>
    </message>
    <message>
        <source>No seats were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many seats in one request: at most 50 seats at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seat was chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown seat: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales for this show are paused by a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold time must be between 1 and 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not registered with the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in clerk is not known or no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket type is not sold for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment method: cash, card or PromptPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the details entered are too long or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another counter is booking %1 right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These seats were just sold to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hold has ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is no longer active (cancelled or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another counter is working on this order right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose as many new seats as seats to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkout was already used for a different sale. Start a new checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer bought these tickets a few minutes ago. Sell again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests from this counter. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box-office database cannot be reached. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 not part of this show&apos;s venue.</source>
        <translation>
            <numerusform>%1 is not part of this show&apos;s venue.</numerusform>
            <numerusform>%1 are not part of this show&apos;s venue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not of the chosen ticket type.</source>
        <translation>
            <numerusform>%1 is not of the chosen ticket type.</numerusform>
            <numerusform>%1 are not of the chosen ticket type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not part of this order.</source>
        <translation>
            <numerusform>%1 is not part of this order.</numerusform>
            <numerusform>%1 are not part of this order.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the database answered. Try again: nothing is done twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask a supervisor or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is not registered as a counter. Ask a manager to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is in use by another sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in at another counter: you can only work for your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in at a counter (any more). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales for this show are over: its sales window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is in use by %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PromptPay id: type a mobile number (0 and 9 digits), a 13-digit national or tax id, or a 15-digit e-wallet id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket type does not exist at this venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active manager: make another account a manager first, so someone can still manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new layout would remove or re-zone seats that are sold or held: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too weak: use at least 8 characters, not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a form the box office understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doors time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The y position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue has no ticket type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too weak: use at least %1 characters, not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments do not add up to the order&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount paid in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than was paid for this order: it cannot be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not sell that price type for that ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s approval is not valid (unknown, already used or too old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These seats were returned already: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter&apos;s shift is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s payments would not match its total: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only for cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are taken when a pending order is paid, not when it is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments add up to %1 baht, but the total is %2 baht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 baht in cash was handed over for a cash payment of %2 baht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of %1 baht is more than the %2 baht that can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show has started: a return or exchange now needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comp ticket needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price this far below the standard price needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a comp is always 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not possible for the Standard price type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shows sell this price type above 0; set those prices to 0 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes an approval lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not paid: it has no tickets to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket of this show has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is not inside: it was not admitted, or has already gone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not allow going out and coming back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not sell price type “%1” for that ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not sell price type “%1” for ticket type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this counter: cash can be taken or paid out only in an open shift. Open one with the counted float (Cash → Open shift…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clerk&apos;s shift is open at this counter: no cash can be taken or paid out in it. That clerk closes it, or a supervisor closes it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter (since %2): no cash can be taken or paid out in it. %1 signs in here and closes it, or a supervisor closes it for them (Cash → Close shift…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift is already open at this counter (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 years ahead. Is the year in the Buddhist era? Type it as in the Christian era (2026 for 2569).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of your own before you go on (this one was set for you by a manager).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket font %1 is missing (Debian package fonts-noto-core; scripts/install-deps.sh installs it). Tickets are not printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry code: not valid for entry. Reprint at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueImport</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot; (it needs section,row,number,label,zone,x,y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV is malformed here (a quote out of place?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line (section,row,number,label,zone,x,y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s half size must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type %1 is declared twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares no zones (#zone lines, or &quot;zones&quot; in JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone %1 is not declared (declare it with a #zone line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat label %1 is used twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 overlaps seat %2 (line %3): their centres are closer than %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ApprovalDialog</name>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor types their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the reason or the detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail as recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n entry(s).</source>
        <translation>
            <numerusform>Showing %n entry.</numerusform>
            <numerusform>Showing %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries; more match. Narrow the filters to see them.</source>
        <translation>
            <numerusform>Showing the newest entry; more match. Narrow the filters to see them.</numerusform>
            <numerusform>Showing the newest %Ln entries; more match. Narrow the filters to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::AuditLogModel</name>
    <message>
        <source>Force unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate locks cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen seat(s)</source>
        <translation>
            <numerusform>%n chosen seat</numerusform>
            <numerusform>%n chosen seats</numerusform>
        </translation>
    </message>
    <message>
        <source>whole show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only counter #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locked for %n minute(s)</source>
        <translation>
            <numerusform>locked for %n minute</numerusform>
            <numerusform>locked for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::BlocksPage</name>
    <message>
        <source>Show or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a seat to select it, Ctrl+click to add or remove one, drag a band to select every seat in it; arrows and Space select from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TV camera platform, promoter&apos;s guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release r&amp;ows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the seats of the rows selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release this k&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release every seat blocked as the kind chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected</source>
        <translation>
            <numerusform>%n seat selected</numerusform>
            <numerusform>%n seats selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>show title, time, venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every future show of %1</source>
        <comment>venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue has no show yet: its map appears once a show is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every future show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select seats on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>%n seat blocked.</numerusform>
            <numerusform>%n seats blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked for every future show (%1 show seats).</source>
        <translation>
            <numerusform>%n seat blocked for every future show (%1 show seats).</numerusform>
            <numerusform>%n seats blocked for every future show (%1 show seats).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released to sale.</source>
        <translation>
            <numerusform>%n seat released to sale.</numerusform>
            <numerusform>%n seats released to sale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show to copy blocks from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy blocks &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the seats the chosen show blocks, with the same kinds and reasons, in this show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n blocked)</source>
        <comment>show title, time; seats blocked</comment>
        <translation>
            <numerusform>%1 — %2 (%n blocked)</numerusform>
            <numerusform>%1 — %2 (%n blocked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked as in the other show.</source>
        <translation>
            <numerusform>%n seat blocked as in the other show.</numerusform>
            <numerusform>%n seats blocked as in the other show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::CartModel</name>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CashCountWidget</name>
    <message>
        <source>%1 baht notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coins (baht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or type the total counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the &amp;total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CashMenu</name>
    <message>
        <source>Cas&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid in / paid out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift (Z report)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open since %1 (float %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this counter: open one with the counted float (Cash → Open shift…, Ctrl+Shift+O) before taking cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift is open since %1 (float %2): carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter since %2. Cash cannot be taken or paid out here until it is closed. Close it for %1 now: count the drawer (blind count), and the Z report is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift is open at this counter since %2. You cannot take or pay out cash here until it is closed (card and PromptPay sales work). Ask %1 to sign in here and close it, or a supervisor to close it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clerk&apos;s shift is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close it for them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift open since %2: no cash here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CashMovementDialog</name>
    <message>
        <source>Paid in / paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out (cash taken from the drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in (cash put into the drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (baht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not an amount: type baht, at most two decimals (e.g. 100 or 99.50).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CashReportDialog</name>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed; saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CashSignOffDialog</name>
    <message>
        <source>Cash shifts to sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is waiting for a sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CheckoutDialog</name>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n seat: %1</numerusform>
            <numerusform>%n seats: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;tendered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to scan and pay, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of baht: type it like 3,000 or 2500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount tendered (%1) is %2 short of the total (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not an amount yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PromptPay id is set for this venue — a manager sets it under Manager → Venue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount of this payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this payment, pay the rest another way (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of %1 takes nothing: type the amount of this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment (%1) is more than the %2 still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 payments per sale: take the rest in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>payment method, amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — tendered %1, change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments make %1 of %2: add this one (F8) and take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CloseShiftDialog</name>
    <message>
        <source>Close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer (float included). The expected amount is shown only after the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is not an amount: type baht, at most two decimals (e.g. 800 or 812.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterDesk</name>
    <message>
        <source>A manager cleared the duplicate-order locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No %n adjacent %1 seat(s) are free in one row.</source>
        <translation>
            <numerusform>No %n adjacent %1 seat is free in one row.</numerusform>
            <numerusform>No %n adjacent %1 seats are free in one row.</numerusform>
        </translation>
    </message>
    <message>
        <source>A manager changed this show&apos;s prices: the map and the cart show the new prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterFiguresModel</name>
    <message>
        <source>No heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSessionsModel</name>
    <message>
        <source>Stale: not heard of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter has not been heard of since %1: its app probably stopped without signing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::EmergencyPanel</name>
    <message>
        <source>Emergency controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a reason, reaches every counter at once and is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the shows and the held seats again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force unlock held seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frees seats a counter holds (a crashed or abandoned counter). Seats in an order are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every held seat of this show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seat one counter holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit log (e.g. counter 3 crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of this show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paused or closed show refuses new holds and sales on every counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate-order locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counter forgets the orders it is guarding against repeating. Use it when a counter keeps refusing a sale as &quot;already in progress&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear on &amp;every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shows could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats selected on the counter&apos;s map (none on this show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected on the counter&apos;s map: %1</source>
        <translation>
            <numerusform>%n seat selected on the counter&apos;s map: %1</numerusform>
            <numerusform>%n seats selected on the counter&apos;s map: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the held seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n held seat(s))</source>
        <translation>
            <numerusform>%1 (%n held seat)</numerusform>
            <numerusform>%1 (%n held seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter holds seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held seats could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n held seat(s)&lt;/b&gt; will be released (%1).</source>
        <translation>
            <numerusform>&lt;b&gt;%n held seat&lt;/b&gt; will be released (%1).</numerusform>
            <numerusform>&lt;b&gt;%n held seats&lt;/b&gt; will be released (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select seats of this show on the counter&apos;s map, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter holds seats of this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to release: none of these seats is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n seat(s)</source>
        <translation>
            <numerusform>Release %n seat</numerusform>
            <numerusform>Release %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>the seats selected on the counter&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every held seat of the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every seat %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n held seat(s) of %1?</source>
        <translation>
            <numerusform>Release %n held seat of %1?</numerusform>
            <numerusform>Release %n held seats of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope: %1.
Reason: %2

The counters holding them lose them at once; a clerk in the middle of a sale has to pick seats again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat was released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released %n seat(s); every counter&apos;s map shows them free.</source>
        <translation>
            <numerusform>Released %n seat; every counter&apos;s map shows it free.</numerusform>
            <numerusform>Released %n seats; every counter&apos;s map shows them free.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause sales of %1?

Every counter stops holding and selling its seats at once, until sales are resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sales of %1?

No counter can hold or sell its seats any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sales of %1?

Every counter can hold and sell its seats again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of a show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the duplicate-order locks on every counter?

Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locks were not cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counter was told to clear its duplicate-order locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released %1 of %n seat(s); the others had been let go or sold meanwhile.</source>
        <translation>
            <numerusform>Released %1 of %n seat; the others had been let go or sold meanwhile.</numerusform>
            <numerusform>Released %1 of %n seats; the others had been let go or sold meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::ExchangeDialog</name>
    <message>
        <source>Exchange seats of order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to exchange: %1 (paid %2)</source>
        <translation>
            <numerusform>%n seat to exchange: %1 (paid %2)</numerusform>
            <numerusform>%n seats to exchange: %1 (paid %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;eats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each seat&apos;s own price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the payments, cash first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same show: %1, %2</source>
        <comment>show title, date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Best available (%n seat(s))</source>
        <translation>
            <numerusform>Best available (%n seat)</numerusform>
            <numerusform>Best available (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>The same seats (another price type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The seats held on the map (%n)</source>
        <translation>
            <numerusform>The seat held on the map (%n)</numerusform>
            <numerusform>The seats held on the map (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the new seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not enough free seats of these ticket types on that show: %n needed.</source>
        <translation>
            <numerusform>Not enough free seats of these ticket types on that show: %n needed.</numerusform>
            <numerusform>Not enough free seats of these ticket types on that show: %n needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>That show has no price for the price type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>seat label, price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seats: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference to pay or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To collect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show has started: a supervisor approves this return or exchange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::FindingRowsModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order seat still active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::FirstManagerDialog</name>
    <message>
        <source>First manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no manager yet. Make the first manager&apos;s account: it can then add the venues, the shows and the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. somchai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::GateFiguresModel</name>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First admitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::GateWindow</name>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the ticket, or type its code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Section %2 · Row %3 · Seat %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entry. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted at %1, %2, by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors open at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer ticket replaces this one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this code. Do not admit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pass-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline admissions could not be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE: the database does not answer; admitting from the list of %1 (QR codes only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE: the database does not answer, and there is no admission list for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-out allowed for this show: F4, then scan the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass-out for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show does not allow pass-out: a ticket admits once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the ticket of the person going out (Esc: cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted before this gate went offline. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May come back in once. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted at %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online again: the database answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offline admission(s) uploaded</source>
        <translation>
            <numerusform>%n offline admission uploaded</numerusform>
            <numerusform>%n offline admissions uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate entry(ies) reported to the supervisor</source>
        <translation>
            <numerusform>%n duplicate entry reported to the supervisor</numerusform>
            <numerusform>%n duplicate entries reported to the supervisor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (no longer valid or unknown)</source>
        <translation>
            <numerusform>%n refused (no longer valid or unknown)</numerusform>
            <numerusform>%n refused (no longer valid or unknown)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted offline at %1, %2, by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entered at %1, %2, by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 · same answer ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: %1 (scan %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass-out(s) uploaded</source>
        <translation>
            <numerusform>%n pass-out uploaded</numerusform>
            <numerusform>%n pass-outs uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline scan(s) to upload.</source>
        <translation>
            <numerusform>%n offline scan to upload.</numerusform>
            <numerusform>%n offline scans to upload.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered offline at %1, %2, by %3 (uploaded by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted offline at %1, %2, by %3 (uploaded by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entered offline at %1, %2, by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the login %1: sign out (Ctrl+Shift+L) and sign in again. The offline scans are kept and go up with the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::JobFiguresModel</name>
    <message>
        <source>Release expired holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire unpaid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
    <message>
        <source>&amp;Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a show (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick a show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold &amp;best available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;all holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best available (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A hold ends in %n second(s): extend (Ctrl+E) or check out (F9).</source>
        <translation>
            <numerusform>A hold ends in %n second: extend (Ctrl+E) or check out (F9).</numerusform>
            <numerusform>A hold ends in %n seconds: extend (Ctrl+E) or check out (F9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold ended, seat released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online; the seat map was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: pick seats first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of this show are open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of this show are paused by a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of this show are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash reconciliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 sold: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shows (%n on sale)</source>
        <translation>
            <numerusform>Shows (%n on sale)</numerusform>
            <numerusform>Shows (%n on sale)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held in the cart. Release them, or keep them held for the next clerk at this counter?</source>
        <translation>
            <numerusform>%n seat is held in the cart. Release it, or keep it held for the next clerk at this counter?</numerusform>
            <numerusform>%n seats are held in the cart. Release them, or keep them held for the next clerk at this counter?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over to the next clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held in the cart. Quit and release them?</source>
        <translation>
            <numerusform>%n seat is held in the cart. Quit and release it?</numerusform>
            <numerusform>%n seats are held in the cart. Quit and release them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose p&amp;rinter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 reprinted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer chosen: PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 not found: PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale → Choose printer… sets where this counter prints its tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets will be saved as PDF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets will be printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer chosen: tickets saved as PDF only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 not found: tickets saved as PDF only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sent to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 did not take the tickets. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sent to %1; PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 did not take the tickets: saved as PDF only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets printed yet at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the tickets on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]</source>
        <comment>counter name; the application name follows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor dashboard at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of this show are held in the cart. Release them and open %1?</source>
        <translation>
            <numerusform>%n seat of this show is held in the cart. Release it and open %1?</numerusform>
            <numerusform>%n seats of this show are held in the cart. Release them and open %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): Enter holds the best available, PgUp/PgDn change the ticket type.</source>
        <translation>
            <numerusform>%n seat: Enter holds the best available, PgUp/PgDn change the ticket type.</numerusform>
            <numerusform>%n seats: Enter holds the best available, PgUp/PgDn change the ticket type.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: its seats cannot be held or sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 changed; its receipt printed again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next price &amp;type of the selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 × %n: %3</source>
        <translation>
            <numerusform>%1 · %2 × %n: %3</numerusform>
            <numerusform>%1 · %2 × %n: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale has free tickets (%1): a supervisor must approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has discounted tickets (%1): a supervisor must approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets have no entry codes (%1): reprint them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: new tickets; the lost ones no longer admit. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show sells these seats at one price type only. A manager adds others (Thai resident, Child, Comp…) under Set-up → Shows and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash needs an open shift at this counter. Count the float in the drawer to open one; the sale is then completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open: completing the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift is open (since %1, float %2). Close it now with the blind count, or leave it open for a break? While it is open, no other clerk can take cash at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the shift (count the drawer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave it open (break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the seat &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the c&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the float in the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float is not an amount: type baht, at most two decimals (e.g. 500 or 512.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move seats to the cart&apos;s seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 cancelled; refund %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the seats to move and hold as many new seats on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 now has its new seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (released)</source>
        <comment>seats of a cancelled order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, released</source>
        <comment>seat, order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may return its seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — returned</source>
        <comment>seat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the seats to return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>payment method, amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: seats returned; refund %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <comment>seat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clerk who sold this order, or a supervisor, may exchange its seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the seats to exchange first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: seats exchanged; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: seats exchanged to order #%2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;lost tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets with new codes; the lost ones no longer admit at the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>zone · price type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>seat — price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>seat — zone, price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace lost tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print new tickets for order %1? The tickets printed before will no longer admit at the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;seats (Space) to return them, or to move them (then hold the new seats on the map):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::PriceTypesPage</name>
    <message>
        <source>Price types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thai name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mp: given away at 0, needs a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: the counter offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed below this &amp;% of the standard price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval &amp;lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code for the price type, e.g. CHILD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rule saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::PrinterDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the tickets of each sale on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF only (no printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the system&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found: tickets are saved as PDF only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets are always saved as PDF too; Ctrl+P shows the last ones before printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ReconciliationDialog</name>
    <message>
        <source>Exact: the drawer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk on duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the shift again, up to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why the drawer is over or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter has been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliations of %1 in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the last reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the start of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash sales %1 − cash refunds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash orders paid at this counter in the shift: %1. Its paid cash orders cancelled in the shift: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer and enter the cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: type it like 12,500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for %1: expected %2, counted %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refunded</source>
        <translation>
            <numerusform>%n ticket refunded</numerusform>
            <numerusform>%n tickets refunded</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromptPay (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taken %1 in %n payment(s), refunded %2</source>
        <translation>
            <numerusform>Taken %1 in %n payment, refunded %2</numerusform>
            <numerusform>Taken %1 in %n payments, refunded %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Net tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ReportsDialog</name>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on %1, less what was returned or refunded that day (net). Amounts in baht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold from %1 to %2 (both days included), less what was returned or refunded in that time (net). Amounts in baht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: the report has not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days run from midnight to midnight at the venue (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ReturnSeatsDialog</name>
    <message>
        <source>Return seats of order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to return: %1</source>
        <translation>
            <numerusform>%n seat to return: %1</numerusform>
            <numerusform>%n seats to return: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the payments, cash first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ScheduleDialog</name>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At (venue time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next &amp;weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muay Thai Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — skipped: a show exists that day at this venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new show(s)</source>
        <translation>
            <numerusform>%n new show</numerusform>
            <numerusform>%n new shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>%n show created.</numerusform>
            <numerusform>%n shows created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapLegend</name>
    <message>
        <source>Seat map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>zone name, price of a free seat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard cursor (Space holds or releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free seat: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapModel</name>
    <message>
        <source>Counter #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill (sight line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>block kind, reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::SeatMapView</name>
    <message>
        <source>Seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by this counter, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>seat, zone, price</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::SetupWindow</name>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowFiguresModel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowFormDialog</name>
    <message>
        <source>Edit show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rajadamnern Monday Fights: Saenchai vs …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle or bouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle / bouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doors open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: on sale at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: 2 hours after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are the venue&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date and time as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>show title, date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats still free in this class (lapsed holds count as free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringside
free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 2
free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 3
free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowsPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sho&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (venue time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of the selected show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (THB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to copy the prices from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y prices from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to refund (after a show is cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Orders to refund: %n</source>
        <translation>
            <numerusform>Orders to refund: %n</numerusform>
            <numerusform>Orders to refund: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1 on %2? Sales stop at once on every counter; the orders sold are listed for refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show cancelled; %n order(s) to refund.</source>
        <translation>
            <numerusform>Show cancelled; %n order to refund.</numerusform>
            <numerusform>Show cancelled; %n orders to refund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>%n show created.</numerusform>
            <numerusform>%n shows created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>%n price saved.</numerusform>
            <numerusform>%n prices saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices copied; not at this venue: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n order refunded, %1 in all.</numerusform>
            <numerusform>%n orders refunded, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard (THB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (comp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: not sold at this price type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the gates let a holder go out and come back in once (Space to change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-out and re-entry allowed at the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass-out: a ticket admits once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the gates now allow pass-out and re-entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pass-out at the gates any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not accept the account %1 (%2). Ask a manager to set its password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached, so this station checks the password itself. Only door staff who signed in here with the database in the last %n hour(s) can sign in now, with the same password.</source>
        <translation>
            <numerusform>The database cannot be reached, so this station checks the password itself. Only door staff who signed in here with the database in the last hour can sign in now, with the same password.</numerusform>
            <numerusform>The database cannot be reached, so this station checks the password itself. Only door staff who signed in here with the database in the last %n hours can sign in now, with the same password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boxoffice::StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. somchai (lower case, no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account and a reset password must be changed at the next sign-in. Passwords: at least %1 characters, not the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database login yet: reset the password to give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added; the password must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::SupervisorDashboard</name>
    <message numerus="yes">
        <source>%1 — %2 in the last %n minute(s)</source>
        <translation>
            <numerusform>%1 — %2 in the last %n minute</numerusform>
            <numerusform>%1 — %2 in the last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock conflicts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries answered by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar orders flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock conflicts per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats held right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat holds by every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats another counter had first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same request repeated within 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order already being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry answered with the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar order flagged for the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests over a counter&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cleanup has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n row in %2 ms</numerusform>
            <numerusform>%1: %n rows in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical problem(s)</source>
        <translation>
            <numerusform>%n critical problem</numerusform>
            <numerusform>%n critical problems</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: this check found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session of a counter whose app stopped without signing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close counter session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why close the session of %1? The clerk there can no longer sell until they sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to close a counter session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dashboard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash %1, refunded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate entries (offline gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticket(s) admitted, %2 to come</source>
        <translation>
            <numerusform>%1 of %Ln ticket admitted, %2 to come</numerusform>
            <numerusform>%1 of %Ln tickets admitted, %2 to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) refused</source>
        <translation>
            <numerusform>%Ln scan refused</numerusform>
            <numerusform>%Ln scans refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate entry(ies)</source>
        <translation>
            <numerusform>%Ln duplicate entry</numerusform>
            <numerusform>%Ln duplicate entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders today (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::VenueSettingsDialog</name>
    <message>
        <source>Venue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081-234-5678 (empty: no PromptPay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PromptPay id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the PromptPay QR codes at the counters pay into: a mobile number (0 and 9 digits), a 13-digit national or tax id, or a 15-digit e-wallet id. Without one the counters do not offer PromptPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the counters do not offer PromptPay for this venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PromptPay id yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national or tax id (its check digit is checked when saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-wallet id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 has no PromptPay id; the counters do not offer PromptPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the PromptPay id of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::VenuesPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new venue from a CSV or JSON file (docs/VENUE-FORMAT.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a changed layout file to the selected venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the layout of venue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue files (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s), listed above. Nothing was saved.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem, listed above. Nothing was saved.</numerusform>
            <numerusform>%1 cannot be imported: %n problems, listed above. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in %1 zone(s): check the preview, then Save.</source>
        <translation>
            <numerusform>%n place in %1 zone(s): check the preview, then Save.</numerusform>
            <numerusform>%n places in %1 zone(s): check the preview, then Save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue %1 changed: %2 place(s) added, %3 retired, %4 re-zoned, %5 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue %1 saved with %2 place(s) in %3 zone(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: Import… or Replace layout…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::admin</name>
    <message>
        <source>Usage: boxoffice admin [--data-dir DIR] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on BOXOFFICE_DB if set (as the login named there), else on the local database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOXOFFICE_DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database in %1 cannot be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password from the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the staff accounts: user name, display name, role, active, locked until (tab-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list-staff takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a staff account; its first password (from FILE or the standard input) must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-staff needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an account&apos;s role (its database login moves to the role&apos;s group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name and a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates an account: it can no longer sign in, nor log in to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivates a deactivated account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives an account a new password (from FILE or the standard input), to be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks an account locked out after wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number (an id), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --show ID or --venue ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block needs --seats, --kind and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1 seat(s) of show %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1 seat(s) of venue %2: %3 seat(s) in %4 future show(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 seat(s) of show %2 to sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 venue block(s) of venue %2: %3 seat(s) of future shows back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-blocks needs --from ID and --to ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the blocks of show %1 to show %2: %3 seat(s) blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block seats of a show, or of every future show of a venue (kinds: house, press, broken, camera, kill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release blocked seats to sale: the seats given, or of one kind, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block in a show the seats blocked in another show of the same venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the blocked seats of a show (or a venue&apos;s blocks): label, kind, reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to refund:</source>
        <translation>
            <numerusform>%n order to refund:</numerusform>
            <numerusform>%n orders to refund:</numerusform>
        </translation>
    </message>
    <message>
        <source>--weekdays takes day names such as mon,wed,thu,sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: show %1 that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) created.</source>
        <translation>
            <numerusform>%n show created.</numerusform>
            <numerusform>%n shows created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not at the venue of show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the shows from yesterday on: id, start (venue time), title, venue, state, seats sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a show; times are the venue&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a show; an empty time clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a show on each of those weekdays, skipping days that have one; --dry-run only lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels a show (sales stop at once) and lists the orders to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a show&apos;s orders still to refund: order, customer, phone, seats, total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace needs a venue id (a number; see list-venues).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-venue needs a file (CSV or JSON, see docs/VENUE-FORMAT.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a venue&apos;s seating from a CSV or JSON file (docs/VENUE-FORMAT.md), or with --replace applies it to an existing venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the venues with their seats and zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --price or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approval below %1 % of the standard price; an approval lasts %n minute(s).</source>
        <translation>
            <numerusform>Approval below %1 % of the standard price; an approval lasts %n minute.</numerusform>
            <numerusform>Approval below %1 % of the standard price; an approval lasts %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a show&apos;s price of one ticket type (baht), at a price type (default STANDARD; a comp&apos;s is 0); --remove stops selling that price type for it. Sold orders keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a show&apos;s prices: ticket type, price type, price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the price types (code, English and Thai names, comp, order, active) and the approval rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a price type (both names needed) or changes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets which discounts need a supervisor (below this % of the standard price; comps always) and how long an approval lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every price of one show to another, of every price type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clerk, supervisor, manager or gate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BOXOFFICE_DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office for ticket counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, load the shows, and quit (smoke test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; opening the counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the first clerk on the owner&apos;s connection, without a password (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be the counter of this slot of the settings, even if another copy is (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is selling at counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new local database without the demo data; the first start asks for the first manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the first manager&apos;s account to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database answers again: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door staff can sign in to the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached. Door staff who signed in at this station in the last %n hour(s) can sign in to the gate and admit from its saved lists; selling starts once the database answers again.</source>
        <translation>
            <numerusform>The database cannot be reached. Door staff who signed in at this station in the last hour can sign in to the gate and admit from its saved lists; selling starts once the database answers again.</numerusform>
            <numerusform>The database cannot be reached. Door staff who signed in at this station in the last %n hours can sign in to the gate and admit from its saved lists; selling starts once the database answers again.</numerusform>
        </translation>
    </message>
</context>
</TS>
