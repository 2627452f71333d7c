"""The demo office (`casedesk demo`, `casedesk --demo`): the four shipped offices and N realistic,
deterministic cases. One entry point: `generate.generate_demo` (on_server.generate_demo_on_server
for a PostgreSQL office); the other modules are its parts. Sits beside views/ above services/:
it uses the services and writes in bulk, and nothing in services/ or views/ imports it.
"""
