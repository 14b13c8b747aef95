<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>TicketPrinter</name>
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
        <source>Receipt</source>
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
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
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
        <source>The amount tendered is less than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::CounterSession</name>
    <message numerus="yes">
        <source>No %1 adjacent %2 seats are free in one row.</source>
        <translation>
            <numerusform>No %1 adjacent %2 seat is free in one row.</numerusform>
            <numerusform>No %1 adjacent %2 seats are free in one row.</numerusform>
        </translation>
    </message>
    <message>
        <source>A manager cleared the duplicate-order locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::MainWindow</name>
    <message>
        <source>Box Office</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n show(s) on sale</source>
        <translation>
            <numerusform>%n show on sale</numerusform>
            <numerusform>%n shows on sale</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a show (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
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
    <message>
        <source>Cart</source>
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
        <source>%1 seats: Enter holds the best available, PgUp/PgDn change the ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: pick seats first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sale is one ticket type: release the seats of the other types first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 sold: %2. Tickets saved (Ctrl+P prints).</source>
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
</context>
<context>
    <name>boxoffice::OrdersDialog</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
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
        <source>Seats to move (then hold the new seats on the map):</source>
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
</context>
<context>
    <name>boxoffice::SeatMapModel</name>
    <message>
        <source>Counter #%1</source>
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
        <source>%1 · %2 · %3 THB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
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
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxoffice::ShowListModel</name>
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
        <source>Ringside free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 3 free</source>
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
        <source>Counter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box Office — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
