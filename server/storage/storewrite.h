#pragma once

// Marks a repository method that changes the store. The front ends (the console, the CLI) are
// compiled with PUNCHCLOCK_FRONT_END and -Werror=deprecated-declarations: there, calling one
// does not build. Every change goes through server/services instead, which checks the actor's
// permission and writes the audit record in the same transaction (docs/architecture.md,
// "Services"). The engine, the services and the tests call these directly.
#ifdef PUNCHCLOCK_FRONT_END
#define PUNCHCLOCK_STORE_WRITE [[deprecated("a change goes through a service in server/services, with an actor")]]
#else
#define PUNCHCLOCK_STORE_WRITE
#endif
