"""The demo shop (演示数据): a year of a realistic Shenzhen dealership, for trying ServiceBay
out, for the screenshots and for the tests.  Apart from the trade: only the command line
(``servicebay demo``) and the first-run wizard load it.

Entry point: ``shop.create_demo``; ``orders`` and ``parts`` write its history."""
