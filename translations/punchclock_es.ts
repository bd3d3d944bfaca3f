<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the name in it.</source>
        <translation>
            <numerusform>Al menos %n carácter, y sin el nombre.</numerusform>
            <numerusform>Al menos %n caracteres, y sin el nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>AttendanceErrorText</name>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>Another shift already has this name.</source>
        <translation>Ya hay otro turno con este nombre.</translation>
    </message>
    <message>
        <source>Enter a start and an end; they cannot be the same.</source>
        <translation>Introduzca un inicio y un fin; no pueden ser iguales.</translation>
    </message>
    <message>
        <source>The day change must lie between the shift&apos;s end and its start.</source>
        <translation>El cambio de día debe estar entre el fin del turno y su inicio.</translation>
    </message>
    <message>
        <source>Minutes cannot be negative.</source>
        <translation>Los minutos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The break must be shorter than the shift.</source>
        <translation>La pausa debe ser más corta que el turno.</translation>
    </message>
    <message>
        <source>Rounding needs a step of at least 2 minutes.</source>
        <translation>El redondeo necesita un intervalo de al menos 2 minutos.</translation>
    </message>
    <message>
        <source>A weekly schedule still plans this shift. Change the schedule first.</source>
        <translation>Un horario semanal todavía usa este turno. Cambie primero el horario.</translation>
    </message>
    <message>
        <source>That shift no longer exists.</source>
        <translation>Ese turno ya no existe.</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>Ese departamento ya no existe.</translation>
    </message>
    <message>
        <source>Enter a valid date; the last day cannot be before the first.</source>
        <translation>Introduzca una fecha válida; el último día no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>That value is not allowed.</source>
        <translation>Ese valor no está permitido.</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>La base de datos rechazó el cambio.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Una corrección necesita un motivo.</translation>
    </message>
    <message>
        <source>Pick the employee whose punch this is.</source>
        <translation>Elija el empleado al que pertenece este fichaje.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Introduzca una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>That punch is not stored.</source>
        <translation>Ese fichaje no está guardado.</translation>
    </message>
    <message>
        <source>That correction is not known.</source>
        <translation>Esa corrección no se conoce.</translation>
    </message>
    <message>
        <source>That correction was already revoked.</source>
        <translation>Esa corrección ya se anuló.</translation>
    </message>
    <message>
        <source>The period is not valid: the last day is before the first.</source>
        <translation>El periodo no es válido: el último día es anterior al primero.</translation>
    </message>
    <message numerus="yes">
        <source>The period is too long: a report covers at most %n days.</source>
        <translation>
            <numerusform>El periodo es demasiado largo: un informe abarca como máximo %n día.</numerusform>
            <numerusform>El periodo es demasiado largo: un informe abarca como máximo %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>That employee is not known.</source>
        <translation>Ese empleado no se conoce.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>No se pudo leer la base de datos.</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
        <source>This would change the results of a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation>Esto cambiaría los resultados de un periodo cerrado. Un responsable puede reabrirlo en Informes → Periodos.</translation>
    </message>
    <message>
        <source>This punch&apos;s day is in a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation>El día de este fichaje está en un periodo cerrado. Un responsable puede reabrirlo en Informes → Periodos.</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept with the period for whoever reads its results later.</source>
        <translation>Indique un motivo: se guarda con el periodo para quien consulte sus resultados más adelante.</translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed: %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation>Se solapa con un periodo que ya está cerrado: %1</translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed.</source>
        <translation>Se solapa con un periodo que ya está cerrado.</translation>
    </message>
    <message>
        <source>That period is no longer stored.</source>
        <translation>Ese periodo ya no está guardado.</translation>
    </message>
    <message>
        <source>That period was already reopened.</source>
        <translation>Ese periodo ya se reabrió.</translation>
    </message>
    <message>
        <source>%1 is closed (%2, %3: %4). A manager can reopen it under Reports → Periods.</source>
        <extracomment>%1 the period, %2 who closed it, %3 the day it was closed, %4 why</extracomment>
        <translation>%1 está cerrado (%2, %3: %4). Un responsable puede reabrirlo en Informes → Periodos.</translation>
    </message>
    <message>
        <source>You may see only the employees of your departments.</source>
        <translation>Solo puede ver a los empleados de sus departamentos.</translation>
    </message>
</context>
<context>
    <name>AuditCsvWriter</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>En calidad de</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>ID del objeto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Commands sent</source>
        <translation>Comandos enviados</translation>
    </message>
    <message>
        <source>Commands cancelled</source>
        <translation>Comandos cancelados</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Punch corrections</source>
        <translation>Correcciones de fichajes</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Attendance settings</source>
        <translation>Ajustes de asistencia</translation>
    </message>
    <message>
        <source>Payroll periods</source>
        <translation>Periodos de nómina</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Cuentas de operador</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Console locks</source>
        <translation>Bloqueos de la consola</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Copias de seguridad y restauraciones</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Operator account</source>
        <translation>Cuenta de operador</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Payroll period</source>
        <translation>Periodo de nómina</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Approved a terminal</source>
        <translation>Aprobó un terminal</translation>
    </message>
    <message>
        <source>Blocked a terminal</source>
        <translation>Bloqueó un terminal</translation>
    </message>
    <message>
        <source>Renamed a terminal</source>
        <translation>Renombró un terminal</translation>
    </message>
    <message>
        <source>Changed how a terminal is reset</source>
        <translation>Cambió el modo de reinicio de un terminal</translation>
    </message>
    <message>
        <source>Pinned a terminal to its address</source>
        <translation>Fijó un terminal a su dirección</translation>
    </message>
    <message>
        <source>Unpinned a terminal&apos;s address</source>
        <translation>Dejó de fijar un terminal a su dirección</translation>
    </message>
    <message>
        <source>Sent a command</source>
        <translation>Envió un comando</translation>
    </message>
    <message>
        <source>Cancelled a command</source>
        <translation>Canceló un comando</translation>
    </message>
    <message>
        <source>Added an employee</source>
        <translation>Añadió un empleado</translation>
    </message>
    <message>
        <source>Changed an employee</source>
        <translation>Cambió un empleado</translation>
    </message>
    <message>
        <source>Moved an employee to a department</source>
        <translation>Cambió el departamento de un empleado</translation>
    </message>
    <message>
        <source>Stored a credential</source>
        <translation>Guardó una credencial</translation>
    </message>
    <message>
        <source>Erased a person&apos;s personal data</source>
        <translation>Borró los datos personales de una persona</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data</source>
        <translation>Exportó los datos de una persona</translation>
    </message>
    <message>
        <source>Purged old biometric data</source>
        <translation>Eliminó datos biométricos antiguos</translation>
    </message>
    <message>
        <source>Added a punch</source>
        <translation>Añadió un fichaje</translation>
    </message>
    <message>
        <source>Voided a punch</source>
        <translation>Anuló un fichaje</translation>
    </message>
    <message>
        <source>Moved a punch</source>
        <translation>Movió un fichaje</translation>
    </message>
    <message>
        <source>Revoked a correction</source>
        <translation>Revocó una corrección</translation>
    </message>
    <message>
        <source>Entered leave</source>
        <translation>Registró una ausencia</translation>
    </message>
    <message>
        <source>Removed leave</source>
        <translation>Quitó una ausencia</translation>
    </message>
    <message>
        <source>Changed a schedule</source>
        <translation>Cambió un horario</translation>
    </message>
    <message>
        <source>Removed a schedule</source>
        <translation>Quitó un horario</translation>
    </message>
    <message>
        <source>Added a shift</source>
        <translation>Añadió un turno</translation>
    </message>
    <message>
        <source>Changed a shift</source>
        <translation>Cambió un turno</translation>
    </message>
    <message>
        <source>Renamed a shift</source>
        <translation>Renombró un turno</translation>
    </message>
    <message>
        <source>Removed a shift</source>
        <translation>Eliminó un turno</translation>
    </message>
    <message>
        <source>Set a holiday</source>
        <translation>Definió un festivo</translation>
    </message>
    <message>
        <source>Removed a holiday</source>
        <translation>Quitó un festivo</translation>
    </message>
    <message>
        <source>Changed the attendance settings</source>
        <translation>Cambió los ajustes de asistencia</translation>
    </message>
    <message>
        <source>Closed a payroll period</source>
        <translation>Cerró un periodo de nómina</translation>
    </message>
    <message>
        <source>Reopened a payroll period</source>
        <translation>Reabrió un periodo de nómina</translation>
    </message>
    <message>
        <source>Created a department</source>
        <translation>Creó un departamento</translation>
    </message>
    <message>
        <source>Renamed a department</source>
        <translation>Renombró un departamento</translation>
    </message>
    <message>
        <source>Removed a department</source>
        <translation>Quitó un departamento</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Cambió un ajuste</translation>
    </message>
    <message>
        <source>Created an operator account</source>
        <translation>Creó una cuenta de operador</translation>
    </message>
    <message>
        <source>Disabled an operator account</source>
        <translation>Desactivó una cuenta de operador</translation>
    </message>
    <message>
        <source>Enabled an operator account</source>
        <translation>Activó una cuenta de operador</translation>
    </message>
    <message>
        <source>Reset an operator&apos;s password</source>
        <translation>Restableció la contraseña de un operador</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Cambió su propia contraseña</translation>
    </message>
    <message>
        <source>Changed an operator&apos;s role</source>
        <translation>Cambió el rol de un operador</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong password</source>
        <translation>Inicio de sesión fallido: contraseña incorrecta</translation>
    </message>
    <message>
        <source>Sign-in refused: too many failures</source>
        <translation>Inicio de sesión rechazado: demasiados intentos fallidos</translation>
    </message>
    <message>
        <source>Sign-in refused: account disabled</source>
        <translation>Inicio de sesión rechazado: cuenta desactivada</translation>
    </message>
    <message>
        <source>Locked the console</source>
        <translation>Bloqueó la consola</translation>
    </message>
    <message>
        <source>Unlocked the console</source>
        <translation>Desbloqueó la consola</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restauró una copia de seguridad</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An object of the audit trail: &quot;Terminal D96584729B906B39&quot;, &quot;Employee 20&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Dirección fijada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilegio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Hora anterior</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>Fichaje</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A changed field in the audit trail: &quot;Approval: pending → approved&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Terminal moved to another address</source>
        <translation>El terminal pasó a otra dirección</translation>
    </message>
    <message>
        <source>Disabled an employee on every terminal</source>
        <translation>Desactivó un empleado en todos los terminales</translation>
    </message>
    <message>
        <source>Enabled an employee again</source>
        <translation>Volvió a activar un empleado</translation>
    </message>
    <message>
        <source>Sent a terminal to enroll an employee</source>
        <translation>Envió un terminal a inscribir a un empleado</translation>
    </message>
    <message>
        <source>Cancelled a remote enrollment</source>
        <translation>Canceló una inscripción remota</translation>
    </message>
</context>
<context>
    <name>CorrectionTexts</name>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A punch in the corrections log: time and direction</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Added by %1 on %2: %3</source>
        <extracomment>%1 who, %2 when, %3 the reason</extracomment>
        <translation>Añadido por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>Anulado por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Moved from %1 by %2 on %3: %4</source>
        <extracomment>%1 the punch before (time and direction), %2 who, %3 when, %4 the reason</extracomment>
        <translation>Movido desde %1 por %2 el %3: %4</translation>
    </message>
</context>
<context>
    <name>DashboardNotices</name>
    <message>
        <source>%1 now talks from %2, was %3 (%4).</source>
        <extracomment>%1 the terminal, %2 its new address, %3 the one before, %4 when (&quot;2 h ago&quot;)</extracomment>
        <translation>%1 ahora se comunica desde %2; antes, desde %3 (%4).</translation>
    </message>
    <message>
        <source>It moved on %1.</source>
        <translation>Cambió de dirección el %1.</translation>
    </message>
    <message>
        <source>It is pinned: requests with its ID are served from %1 only.</source>
        <translation>Está fijado: las solicitudes con su ID solo se atienden desde %1.</translation>
    </message>
    <message>
        <source>An unexpected move is worth a look: another device may be using its ID. Pin the terminal if the new address is right; requests with its ID from any other address are then refused.</source>
        <translation>Conviene revisar un cambio inesperado: puede que otro dispositivo esté usando su ID. Fije el terminal si la nueva dirección es correcta; a partir de entonces se rechazan las solicitudes con su ID desde cualquier otra dirección.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An address and how many registrations were refused from it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counted since the server started on %1.</source>
        <translation>Contadas desde que se inició el servidor el %1.</translation>
    </message>
    <message>
        <source>Refused most: %1.</source>
        <extracomment>%1 addresses with counts, most first</extracomment>
        <translation>Direcciones más rechazadas: %1.</translation>
    </message>
    <message>
        <source>Many new terminals from one address can be a device that is not yours: turn automatic approval off in Settings, or allow only your networks.</source>
        <translation>Muchos terminales nuevos desde una misma dirección pueden ser un dispositivo que no es suyo: desactive la aprobación automática en Ajustes o permita solo sus redes.</translation>
    </message>
    <message>
        <source>Approve or block the terminals waiting on the Terminals page to make room. Many new terminals from one address can also be a device that is not yours.</source>
        <translation>Apruebe o bloquee los terminales pendientes en la página Terminales para hacer sitio. Muchos terminales nuevos desde una misma dirección también pueden ser un dispositivo que no es suyo.</translation>
    </message>
    <message>
        <source>The daily removal of old biometrics failed: %1</source>
        <extracomment>%1 why, in the database&apos;s words</extracomment>
        <translation>Falló la eliminación diaria de datos biométricos antiguos: %1</translation>
    </message>
    <message>
        <source>Last tried on %1. It is tried again every hour while the console or the server runs.</source>
        <translation>Último intento: %1. Se vuelve a intentar cada hora mientras la consola o el servidor estén en marcha.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 name, %2 user ID, %3 the date their biometrics are removed</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation>Se rechazó una solicitud de registro desde %1 %2: se aprobaron automáticamente demasiados terminales nuevos en la última hora.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n solicitud de registro rechazada desde %1, %2: se aprobaron automáticamente demasiados terminales nuevos en la última hora.</numerusform>
            <numerusform>%n solicitudes de registro rechazadas desde %1, la última %2: se aprobaron automáticamente demasiados terminales nuevos en la última hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n solicitud de registro rechazada desde %1 y otras direcciones, %2: se aprobaron automáticamente demasiados terminales nuevos en la última hora.</numerusform>
            <numerusform>%n solicitudes de registro rechazadas desde %1 y otras direcciones, la última %2: se aprobaron automáticamente demasiados terminales nuevos en la última hora.</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation>Se rechazó una solicitud de registro desde %1 %2: hay demasiados terminales nuevos pendientes de aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n solicitud de registro rechazada desde %1, %2: hay demasiados terminales nuevos pendientes de aprobación.</numerusform>
            <numerusform>%n solicitudes de registro rechazadas desde %1, la última %2: hay demasiados terminales nuevos pendientes de aprobación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n solicitud de registro rechazada desde %1 y otras direcciones, %2: hay demasiados terminales nuevos pendientes de aprobación.</numerusform>
            <numerusform>%n solicitudes de registro rechazadas desde %1 y otras direcciones, la última %2: hay demasiados terminales nuevos pendientes de aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The biometrics of %1, inactive for a while, will be removed on %2.</source>
        <extracomment>%1 a person&apos;s name, %2 a date</extracomment>
        <translation>Los datos biométricos de %1, inactivo desde hace tiempo, se eliminarán el %2.</translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed on %1.</source>
        <extracomment>%1 a date</extracomment>
        <translation>
            <numerusform>Los datos biométricos de %n persona inactiva se eliminarán el %1.</numerusform>
            <numerusform>Los datos biométricos de %n personas inactivas se eliminarán el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed between %1 and %2.</source>
        <extracomment>%1 and %2 dates</extracomment>
        <translation>
            <numerusform>Los datos biométricos de %n persona inactiva se eliminarán entre el %1 y el %2.</numerusform>
            <numerusform>Los datos biométricos de %n personas inactivas se eliminarán entre el %1 y el %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints, faces, palms and photos are kept for %n days after someone is disabled or on no terminal. To keep a person&apos;s, enable them again or send them to a terminal.</source>
        <translation>
            <numerusform>Las huellas, rostros, palmas y fotos se conservan %n día después de que alguien se desactive o quede sin ningún terminal. Para conservar los de una persona, vuelva a activarla o envíela a un terminal.</numerusform>
            <numerusform>Las huellas, rostros, palmas y fotos se conservan %n días después de que alguien se desactive o quede sin ningún terminal. Para conservar los de una persona, vuelva a activarla o envíela a un terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup of this data is from %1.</source>
        <extracomment>%1 when (&quot;3 days ago&quot;)</extracomment>
        <translation>La copia de seguridad más reciente de estos datos es de %1.</translation>
    </message>
    <message>
        <source>No backup of this data has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad de estos datos.</translation>
    </message>
    <message>
        <source>The daily backup is off: turn it on in Settings → Backups, or back up now.</source>
        <translation>La copia de seguridad diaria está desactivada: actívela en Ajustes → Copias de seguridad o haga una copia ahora.</translation>
    </message>
    <message>
        <source>The daily backup failed: Settings → Backups says why.</source>
        <translation>La copia de seguridad diaria falló: en Ajustes → Copias de seguridad se indica el motivo.</translation>
    </message>
    <message>
        <source>The daily backup runs while the console or the server runs.</source>
        <translation>La copia de seguridad diaria se hace mientras la consola o el servidor están en marcha.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Hecha el %1.</translation>
    </message>
    <message>
        <source>Another program serves port %1, so this console runs no terminal server: terminals deliver to that program. It may be another copy of Punchclock (“punchclock serve”).</source>
        <extracomment>%1 the port number</extracomment>
        <translation>Otro programa atiende el puerto %1, así que esta consola no ejecuta ningún servidor de terminales: los terminales entregan sus datos a ese programa. Puede ser otra copia de Punchclock («punchclock serve»).</translation>
    </message>
    <message>
        <source>Another copy serves the terminals on port %1: %2 (process %3). This console runs no terminal server; it shows what that one stores when both use the same data.</source>
        <extracomment>%1 the port number, %2 the program&apos;s command line, %3 its process number</extracomment>
        <translation>Otra copia atiende a los terminales en el puerto %1: %2 (proceso %3). Esta consola no ejecuta ningún servidor de terminales; muestra lo que guarda esa otra copia cuando ambas usan los mismos datos.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <source>To run the server here instead, stop that program, then start the server in Settings → Server, or choose another port there and on the terminals.</source>
        <translation>Para ejecutar el servidor aquí, detenga ese programa y luego inicie el servidor en Ajustes → Servidor, o elija allí otro puerto y configúrelo también en los terminales.</translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. If a firewall blocks port %1, open it: %2</source>
        <extracomment>%1 the port number, %2 the command that opens it</extracomment>
        <translation>Ningún terminal ha llegado todavía a este PC. Si un cortafuegos bloquea el puerto %1, ábralo: %2</translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. No firewall tool (ufw, firewalld) is installed here; if another firewall or the router blocks port %1, open it there.</source>
        <extracomment>%1 the port number</extracomment>
        <translation>Ningún terminal ha llegado todavía a este PC. Aquí no hay instalada ninguna herramienta de cortafuegos (ufw, firewalld); si otro cortafuegos o el router bloquea el puerto %1, ábralo allí.</translation>
    </message>
    <message>
        <source>Also check on the terminal (Comm / Network → Server) that it uses this PC&apos;s address and port %1, and that both are on the same network.</source>
        <translation>Compruebe también en el terminal (Comm / Network → Server) que usa la dirección de este PC y el puerto %1, y que ambos están en la misma red.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>in sync</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>%1 s ahead</source>
        <translation>%1 s adelantado</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>%1 s atrasado</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1 min adelantado</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>%1 min atrasado</translation>
    </message>
    <message>
        <source>%1 h ahead</source>
        <translation>%1 h adelantado</translation>
    </message>
    <message>
        <source>%1 h behind</source>
        <translation>%1 h atrasado</translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation>%1 días adelantado</translation>
    </message>
    <message>
        <source>%1 days behind</source>
        <translation>%1 días atrasado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExplanation</name>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Trabajado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break: %1, although the clock shows %2 (the clocks changed that night)</source>
        <extracomment>%1 the planned time, %2 what the clock shows; the night the clocks changed</extracomment>
        <translation>la duración del turno menos su pausa: %1, aunque el reloj marca %2 (esa noche se cambió la hora)</translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break</source>
        <translation>la duración del turno menos su pausa</translation>
    </message>
    <message>
        <source>nothing is planned: a day off in the schedule</source>
        <translation>no hay nada previsto: día libre en el horario</translation>
    </message>
    <message>
        <source>nothing is planned: a holiday</source>
        <translation>no hay nada previsto: es festivo</translation>
    </message>
    <message>
        <source>nothing is planned: a leave day</source>
        <translation>no hay nada previsto: día de ausencia</translation>
    </message>
    <message>
        <source>nothing is planned: no schedule applies on this day</source>
        <translation>no hay nada previsto: ningún horario se aplica a este día</translation>
    </message>
    <message>
        <source>not counted yet: the day is still to come</source>
        <translation>aún no se cuenta: el día todavía no ha llegado</translation>
    </message>
    <message numerus="yes">
        <source>%n complete in→out pair(s), %1 in all</source>
        <translation>
            <numerusform>%n par entrada→salida completo, %1 en total</numerusform>
            <numerusform>%n pares entrada→salida completos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>from the first punch to the last, %1 (first/last pairing)</source>
        <translation>del primer fichaje al último, %1 (emparejamiento primero/último)</translation>
    </message>
    <message>
        <source>the clocks went forward that night: %1 less than the clock shows</source>
        <translation>esa noche se adelantó la hora: %1 menos de lo que marca el reloj</translation>
    </message>
    <message>
        <source>the clocks went back that night: %1 more than the clock shows</source>
        <translation>esa noche se atrasó la hora: %1 más de lo que marca el reloj</translation>
    </message>
    <message>
        <source>%1 of the shift&apos;s %2 break deducted, as it was not punched</source>
        <translation>se descuenta %1 de la pausa de %2 del turno, porque no se fichó</translation>
    </message>
    <message>
        <source>a break of %1 punched at the terminal, not deducted again</source>
        <translation>una pausa de %1 fichada en el terminal, que no se vuelve a descontar</translation>
    </message>
    <message numerus="yes">
        <source>rounded to %1 by the shift&apos;s %n-minute rule</source>
        <translation>
            <numerusform>redondeado a %1 según la regla de %n minuto del turno</numerusform>
            <numerusform>redondeado a %1 según la regla de %n minutos del turno</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing can be measured: a punch is missing</source>
        <translation>no se puede medir nada: falta un fichaje</translation>
    </message>
    <message>
        <source>left %1 before the shift&apos;s end, more than its grace of %2</source>
        <translation>salió %1 antes del fin del turno, más que su margen de %2</translation>
    </message>
    <message>
        <source>arrived %1 after the shift&apos;s start, more than its grace of %2</source>
        <translation>llegó %1 después del inicio del turno, más que su margen de %2</translation>
    </message>
    <message>
        <source>left at or after the shift&apos;s end</source>
        <translation>salió a la hora de fin del turno o después</translation>
    </message>
    <message>
        <source>arrived at or before the shift&apos;s start</source>
        <translation>llegó a la hora de inicio del turno o antes</translation>
    </message>
    <message>
        <source>%1, within the shift&apos;s grace of %2</source>
        <translation>%1, dentro del margen de %2 del turno</translation>
    </message>
    <message>
        <source>the departure is missing: nothing is counted against it</source>
        <translation>falta la salida: no se cuenta nada en su contra</translation>
    </message>
    <message>
        <source>the arrival is missing: nothing is counted against it</source>
        <translation>falta la llegada: no se cuenta nada en su contra</translation>
    </message>
    <message>
        <source>nothing was expected, so nobody is late or leaves early</source>
        <translation>no había nada previsto, así que nadie llega tarde ni sale antes</translation>
    </message>
    <message>
        <source>%1 beyond the plan, at least the shift&apos;s threshold of %2</source>
        <translation>%1 más de lo previsto, al menos el umbral de %2 del turno</translation>
    </message>
    <message>
        <source>%1 beyond the plan, less than the shift&apos;s threshold of %2: not overtime</source>
        <translation>%1 más de lo previsto, menos que el umbral de %2 del turno: no son horas extra</translation>
    </message>
    <message>
        <source>no time beyond the plan</source>
        <translation>ningún tiempo más de lo previsto</translation>
    </message>
    <message>
        <source>all work on a day without planned work counts</source>
        <translation>cuenta todo el trabajo de un día sin trabajo previsto</translation>
    </message>
    <message>
        <source>without a schedule there is no plan to exceed</source>
        <translation>sin horario no hay previsión que superar</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>&quot;Worked 7:00: 1 complete in→out pair, …&quot;; %1 the figure, %2 its value, %3 why</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>nothing is expected: the employee was disabled on this day</source>
        <translation>no había nada previsto: el empleado estaba desactivado este día</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>No se pudieron guardar los ajustes en %1.</translation>
    </message>
    <message>
        <source>The server could not start: %1</source>
        <translation>No se pudo iniciar el servidor: %1</translation>
    </message>
    <message>
        <source>The administrator could not be created: %1</source>
        <translation>No se pudo crear el administrador: %1</translation>
    </message>
    <message>
        <source>The database in %1 already has operator accounts. Go back and enter the name and password of one of its administrators, or choose another data folder.</source>
        <translation>La base de datos de %1 ya tiene cuentas de operador. Vuelva atrás e introduzca el nombre y la contraseña de uno de sus administradores, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1: type it in the Password field, or put it in ~/.pgpass.</source>
        <translation>El servidor pide la contraseña de %1: escríbala en el campo Contraseña o póngala en ~/.pgpass.</translation>
    </message>
    <message>
        <source>your database account</source>
        <translation>su cuenta de la base de datos</translation>
    </message>
</context>
<context>
    <name>IntegrationActions</name>
    <message>
        <source>Destination %1 added. Punches stored from now on are queued for it; Replay from… sends earlier ones.</source>
        <translation>Destino %1 añadido. Los fichajes guardados a partir de ahora se ponen en cola para él; Reenviar desde… envía los anteriores.</translation>
    </message>
    <message>
        <source>Destination %1 changed.</source>
        <translation>Destino %1 cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Its %n event(s) not delivered yet are removed with it and never sent.</source>
        <translation>
            <numerusform>¿Quitar %1? Su %n evento aún no entregado se quita con él y no se envía nunca.</numerusform>
            <numerusform>¿Quitar %1? Sus %n eventos aún no entregados se quitan con él y no se envían nunca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Its queue is removed with it.</source>
        <translation>¿Quitar %1? Su cola se quita con él.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <source>Destination %1 removed with its queue.</source>
        <translation>Destino %1 quitado con su cola.</translation>
    </message>
    <message>
        <source>%1 delivers again.</source>
        <translation>%1 vuelve a entregar.</translation>
    </message>
    <message>
        <source>%1 is paused: events are queued for it and none is sent until it is resumed.</source>
        <translation>%1 está en pausa: sus eventos se ponen en cola y no se envía ninguno hasta que se reanude.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 will be sent again, at once.</source>
        <translation>
            <numerusform>%n evento de %1 se volverá a enviar enseguida.</numerusform>
            <numerusform>%n eventos de %1 se volverán a enviar enseguida.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is tried again at once.</source>
        <translation>%1 se vuelve a intentar enseguida.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 on are queued again for %2.</source>
        <extracomment>%1 the day, %2 the destination</extracomment>
        <translation>
            <numerusform>%n evento desde el %1 se vuelve a poner en cola para %2.</numerusform>
            <numerusform>%n eventos desde el %1 se vuelven a poner en cola para %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Frappe HR · ERPNext</source>
        <translation>Frappe HR · ERPNext</translation>
    </message>
    <message>
        <source>punches</source>
        <translation>fichajes</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>correcciones</translation>
    </message>
    <message>
        <source>changes of employees</source>
        <translation>cambios de empleados</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <extracomment>the timeout of one request to the destination</extracomment>
        <translation>tiempo de espera %1 s</translation>
    </message>
    <message>
        <source>%1 · employee field %2 · API key %3 · %4</source>
        <extracomment>%1 the version, %2 the field of Employee, %3 the API key, %4 the timeout</extracomment>
        <translation>%1 · campo de empleado %2 · clave de API %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Batches of up to %n event(s) · %1</source>
        <extracomment>%1 the timeout</extracomment>
        <translation>
            <numerusform>Lotes de hasta %n evento · %1</numerusform>
            <numerusform>Lotes de hasta %n eventos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ERPNext v13</source>
        <translation>ERPNext v13</translation>
    </message>
    <message>
        <source>Frappe HR v14 and later</source>
        <translation>Frappe HR v14 y posteriores</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>Fichaje</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Change of an employee</source>
        <translation>Cambio de un empleado</translation>
    </message>
    <message>
        <source>The punch&apos;s number, as the webhook&apos;s punch_id</source>
        <translation>El número del fichaje, como punch_id del webhook</translation>
    </message>
    <message>
        <source>The correction&apos;s number</source>
        <translation>El número de la corrección</translation>
    </message>
    <message>
        <source>The number of the change&apos;s record in the audit trail</source>
        <translation>El número del registro del cambio en el registro de auditoría</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>A destination needs a name of at most 100 characters.</source>
        <translation>Un destino necesita un nombre de como mucho 100 caracteres.</translation>
    </message>
    <message>
        <source>There is already a destination called &quot;%1&quot;.</source>
        <translation>Ya hay un destino llamado «%1».</translation>
    </message>
    <message>
        <source>Enter the API key of the Frappe HR user Punchclock signs in as (User → API Access).</source>
        <translation>Escriba la clave de API del usuario de Frappe HR con el que entra Punchclock (Usuario → Acceso a la API).</translation>
    </message>
    <message>
        <source>The option %1 is needed.</source>
        <translation>Hace falta la opción %1.</translation>
    </message>
    <message>
        <source>The timeout is a whole number of seconds from 1 to 120.</source>
        <translation>El tiempo de espera es un número entero de segundos de 1 a 120.</translation>
    </message>
    <message>
        <source>The batch size is a whole number of events from 1 to 500.</source>
        <translation>El tamaño del lote es un número entero de eventos de 1 a 500.</translation>
    </message>
    <message>
        <source>Choose the version: Frappe HR v14 and later, or ERPNext v13.</source>
        <translation>Elija la versión: Frappe HR v14 y posteriores, o ERPNext v13.</translation>
    </message>
    <message>
        <source>Name the field of Employee that holds the terminal&apos;s user number (attendance_device_id unless yours is another).</source>
        <translation>Indique el campo de Employee que guarda el número de usuario del terminal (attendance_device_id salvo que el suyo sea otro).</translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation>Un destino conserva su tipo: añada otro para el otro tipo.</translation>
    </message>
    <message>
        <source>Choose the day to send again from.</source>
        <translation>Elija el día desde el que volver a enviar.</translation>
    </message>
    <message>
        <source>The option %1 is not accepted: %2</source>
        <extracomment>%1 the option&apos;s name, %2 what it accepts (in English, from the server)</extracomment>
        <translation>No se acepta la opción %1: %2</translation>
    </message>
    <message>
        <source>Choose what it receives: punches, corrections or changes of employees.</source>
        <translation>Elija qué recibe: fichajes, correcciones o cambios de empleados.</translation>
    </message>
    <message>
        <source>The secret cannot be sealed: %1.</source>
        <extracomment>%1 why, in English from the server (&quot;cannot create the key file …: Permission denied&quot;)</extracomment>
        <translation>No se puede sellar el secreto: %1.</translation>
    </message>
    <message>
        <source>The secret cannot be sealed: the key file %1 cannot be used.</source>
        <translation>No se puede sellar el secreto: no se puede usar el archivo de clave %1.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>Se rechazó el cambio.</translation>
    </message>
    <message>
        <source>employees by PIN</source>
        <translation>empleados por PIN</translation>
    </message>
    <message numerus="yes">
        <source>employees by a table of %n user(s)</source>
        <translation>
            <numerusform>empleados por una tabla de %n usuario</numerusform>
            <numerusform>empleados por una tabla de %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>employees by Badge ID</source>
        <translation>empleados por ID de credencial</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>database %1</source>
        <extracomment>the name of the Odoo database</extracomment>
        <translation>base de datos %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <extracomment>the id of the Odoo user the API key belongs to</extracomment>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>Odoo 19 and later (JSON-2)</source>
        <translation>Odoo 19 y posteriores (JSON-2)</translation>
    </message>
    <message>
        <source>Odoo 17 and 18 (JSON-RPC)</source>
        <translation>Odoo 17 y 18 (JSON-RPC)</translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>the PIN on the employee&apos;s HR settings in Odoo</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A table of their own</source>
        <translation>Una tabla propia</translation>
    </message>
    <message>
        <source>Badge ID</source>
        <extracomment>the Badge ID on the employee&apos;s HR settings in Odoo</extracomment>
        <translation>ID de credencial</translation>
    </message>
    <message>
        <source>%1 receives punches and corrections, not changes of employees.</source>
        <extracomment>%1 the kind of destination</extracomment>
        <translation>%1 recibe fichajes y correcciones, no cambios de empleados.</translation>
    </message>
    <message>
        <source>Choose the kind: a webhook, Frappe HR · ERPNext or Odoo.</source>
        <translation>Elija el tipo: un webhook, Frappe HR · ERPNext u Odoo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address beginning with http:// or https:// and naming a server, without a user name or password in it.</source>
        <translation>«%1» no es una dirección que empiece por http:// o https:// y nombre un servidor, sin usuario ni contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would send the API key in clear across the network: use https://.</source>
        <translation>«%1» enviaría la clave de API sin cifrar por la red: use https://.</translation>
    </message>
    <message>
        <source>A secret is needed: the webhook&apos;s signing secret (Generate makes one), the API secret of the Frappe HR user, or the API key of the Odoo user.</source>
        <translation>Hace falta un secreto: el secreto de firma del webhook (Generar crea uno), el secreto de API del usuario de Frappe HR o la clave de API del usuario de Odoo.</translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database: Odoo 17 and 18 (JSON-RPC) need it.</source>
        <translation>Escriba el nombre de la base de datos de Odoo: Odoo 17 y 18 (JSON-RPC) lo necesitan.</translation>
    </message>
    <message>
        <source>Enter the number of the Odoo user the API key belongs to.</source>
        <translation>Escriba el número del usuario de Odoo al que pertenece la clave de API.</translation>
    </message>
    <message>
        <source>Choose the version: Odoo 17 and 18 (JSON-RPC), or Odoo 19 and later (JSON-2).</source>
        <translation>Elija la versión: Odoo 17 y 18 (JSON-RPC), u Odoo 19 y posteriores (JSON-2).</translation>
    </message>
    <message>
        <source>The Odoo user is a whole number from 1: the user the API key belongs to.</source>
        <translation>El usuario de Odoo es un número entero desde 1: el usuario al que pertenece la clave de API.</translation>
    </message>
    <message>
        <source>Choose how employees are found in Odoo: by Badge ID, by PIN or by a table of their own.</source>
        <translation>Elija cómo se encuentran los empleados en Odoo: por ID de credencial, por PIN o por una tabla propia.</translation>
    </message>
    <message>
        <source>Fill in the table of employees: each user number of the terminals once, with the number of its employee in Odoo (a whole number from 1).</source>
        <translation>Rellene la tabla de empleados: cada número de usuario de los terminales una vez, con el número de su empleado en Odoo (un número entero desde 1).</translation>
    </message>
    <message>
        <source>This kind of destination receives punches and corrections, not changes of employees.</source>
        <translation>Este tipo de destino recibe fichajes y correcciones, no cambios de empleados.</translation>
    </message>
</context>
<context>
    <name>JobDescription</name>
    <message>
        <source>Get credential</source>
        <translation>Obtener credencial</translation>
    </message>
    <message>
        <source>Send credential</source>
        <translation>Enviar credencial</translation>
    </message>
    <message>
        <source>Set clock</source>
        <translation>Ajustar reloj</translation>
    </message>
    <message>
        <source>Restart terminal</source>
        <translation>Reiniciar terminal</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar empleado</translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation>Renombrar empleado</translation>
    </message>
    <message>
        <source>Set privilege</source>
        <translation>Asignar privilegio</translation>
    </message>
    <message>
        <source>Get user list</source>
        <translation>Obtener lista de empleados</translation>
    </message>
    <message>
        <source>Get logs</source>
        <translation>Obtener registros</translation>
    </message>
    <message>
        <source>Rename terminal</source>
        <translation>Renombrar terminal</translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation>Borrar todos los registros</translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation>Borrar todas las inscripciones</translation>
    </message>
    <message>
        <source>Get device status</source>
        <translation>Obtener estado del dispositivo</translation>
    </message>
    <message>
        <source>Send user</source>
        <translation>Enviar empleado</translation>
    </message>
    <message>
        <source>Get user</source>
        <translation>Obtener empleado</translation>
    </message>
    <message>
        <source>Set server address</source>
        <translation>Configurar dirección del servidor</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Comando desconocido</translation>
    </message>
    <message>
        <source>Finger %1</source>
        <translation>Dedo %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Palm %1</source>
        <translation>Palma %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>Vena</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Credencial %1</translation>
    </message>
    <message>
        <source>Get logs %1 → %2</source>
        <translation>Obtener registros %1 → %2</translation>
    </message>
    <message>
        <source>Get logs since %1</source>
        <translation>Obtener registros desde %1</translation>
    </message>
    <message>
        <source>Get logs until %1</source>
        <translation>Obtener registros hasta %1</translation>
    </message>
    <message>
        <source>Get all logs</source>
        <translation>Obtener todos los registros</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Eliminar empleado %1</translation>
    </message>
    <message>
        <source>Get user %1</source>
        <translation>Obtener empleado %1</translation>
    </message>
    <message>
        <source>Send user %1</source>
        <translation>Enviar empleado %1</translation>
    </message>
    <message>
        <source>Rename user %1 to %2</source>
        <translation>Renombrar empleado %1 a %2</translation>
    </message>
    <message>
        <source>Get user %1: %2</source>
        <translation>Obtener empleado %1: %2</translation>
    </message>
    <message>
        <source>Send user %1: %2</source>
        <translation>Enviar empleado %1: %2</translation>
    </message>
    <message>
        <source>Rename terminal to %1</source>
        <translation>Renombrar terminal a %1</translation>
    </message>
    <message>
        <source>Point terminal at %1:%2</source>
        <translation>Apuntar el terminal a %1:%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not enrolled on the terminal</source>
        <translation>No inscrito en el terminal</translation>
    </message>
    <message>
        <source>The terminal refused the parameters</source>
        <translation>El terminal rechazó los parámetros</translation>
    </message>
    <message>
        <source>Not supported by this terminal</source>
        <translation>No compatible con este terminal</translation>
    </message>
    <message>
        <source>No such user on the terminal</source>
        <translation>Ese empleado no existe en el terminal</translation>
    </message>
    <message>
        <source>Nothing stored on the terminal</source>
        <translation>No hay nada guardado en el terminal</translation>
    </message>
    <message>
        <source>The terminal reported an error</source>
        <translation>El terminal informó de un error</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation>Enviado al terminal</translation>
    </message>
    <message>
        <source>Answer unreadable</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The terminal answered, but its answer could not be read (%1)</source>
        <translation>El terminal respondió, pero su respuesta no se pudo leer (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln punches, %1 already known</source>
        <translation>
            <numerusform>Importado %Ln fichaje, %1 ya conocidos</numerusform>
            <numerusform>Importados %Ln fichajes, %1 ya conocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable records skipped</source>
        <translation>
            <numerusform>%1; %Ln registro ilegible omitido</numerusform>
            <numerusform>%1; %Ln registros ilegibles omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users on the terminal</source>
        <translation>
            <numerusform>%Ln empleado en el terminal</numerusform>
            <numerusform>%Ln empleados en el terminal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1 (%2) with %Ln credentials</source>
        <translation>
            <numerusform>Empleado %1 (%2) guardado con %Ln credencial</numerusform>
            <numerusform>Empleado %1 (%2) guardado con %Ln credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1: %2 (%Ln bytes)</source>
        <translation>
            <numerusform>Empleado %1 guardado: %2 (%Ln byte)</numerusform>
            <numerusform>Empleado %1 guardado: %2 (%Ln bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users, %2 fingerprints, %3 faces, %4 cards, %5 logs</source>
        <translation>%1 empleados, %2 huellas, %3 rostros, %4 tarjetas, %5 registros</translation>
    </message>
    <message>
        <source>The terminal carried it out</source>
        <translation>El terminal lo ejecutó</translation>
    </message>
    <message>
        <source>(binary sizes)</source>
        <extracomment>A key shown among a job&apos;s parameters: the sizes in bytes of the files the job carries</extracomment>
        <translation>(tamaños de los binarios)</translation>
    </message>
    <message>
        <source>Get keypad activity</source>
        <translation>Obtener actividad del teclado</translation>
    </message>
    <message>
        <source>Enable or disable user</source>
        <translation>Activar o desactivar empleado</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Abrir puerta</translation>
    </message>
    <message>
        <source>Lock or unlock keypad enrollment</source>
        <translation>Bloquear o desbloquear inscripción en el teclado</translation>
    </message>
    <message>
        <source>Open enrollment screen</source>
        <translation>Abrir pantalla de inscripción</translation>
    </message>
    <message>
        <source>Get keypad activity %1 → %2</source>
        <translation>Obtener actividad del teclado %1 → %2</translation>
    </message>
    <message>
        <source>Get keypad activity since %1</source>
        <translation>Obtener actividad del teclado desde %1</translation>
    </message>
    <message>
        <source>Get keypad activity until %1</source>
        <translation>Obtener actividad del teclado hasta %1</translation>
    </message>
    <message>
        <source>Get all keypad activity</source>
        <translation>Obtener toda la actividad del teclado</translation>
    </message>
    <message>
        <source>Enable user %1</source>
        <translation>Activar empleado %1</translation>
    </message>
    <message>
        <source>Disable user %1</source>
        <translation>Desactivar empleado %1</translation>
    </message>
    <message>
        <source>Open door %1</source>
        <translation>Abrir puerta %1</translation>
    </message>
    <message>
        <source>Unlock keypad enrollment</source>
        <translation>Desbloquear inscripción en el teclado</translation>
    </message>
    <message>
        <source>Lock keypad enrollment</source>
        <translation>Bloquear inscripción en el teclado</translation>
    </message>
    <message>
        <source>Enroll user %1: %2</source>
        <translation>Inscribir empleado %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln keypad actions, %1 already known</source>
        <translation>
            <numerusform>Guardada %Ln acción del teclado, %1 ya conocidas</numerusform>
            <numerusform>Guardadas %Ln acciones del teclado, %1 ya conocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln in a layout Punchclock cannot read, kept as bytes</source>
        <translation>
            <numerusform>%1; %Ln en un formato que Punchclock no puede leer, conservada como bytes</numerusform>
            <numerusform>%1; %Ln en un formato que Punchclock no puede leer, conservadas como bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicada</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Set privilege of user %1: %2</source>
        <translation>Asignar privilegio al empleado %1: %2</translation>
    </message>
    <message>
        <source>Set clock to %1 (site time)</source>
        <translation>Ajustar el reloj a %1 (hora del sitio)</translation>
    </message>
</context>
<context>
    <name>KeypadActivityText</name>
    <message>
        <source>finger %1</source>
        <translation>el dedo %1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <source>card</source>
        <translation>la tarjeta</translation>
    </message>
    <message>
        <source>face</source>
        <translation>el rostro</translation>
    </message>
    <message>
        <source>palm %1</source>
        <translation>la palma %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>la foto</translation>
    </message>
    <message>
        <source>vein</source>
        <translation>la vena</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>la credencial %1</translation>
    </message>
    <message>
        <source>Changed the virtual ID</source>
        <translation>Cambió el ID virtual</translation>
    </message>
    <message>
        <source>Changed the name</source>
        <translation>Cambió el nombre</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Cambió la contraseña</translation>
    </message>
    <message>
        <source>Changed the shift</source>
        <translation>Cambió el turno</translation>
    </message>
    <message>
        <source>Changed the privilege</source>
        <translation>Cambió el privilegio</translation>
    </message>
    <message>
        <source>Enabled or disabled the user</source>
        <translation>Activó o desactivó al empleado</translation>
    </message>
    <message>
        <source>Changed the card</source>
        <translation>Cambió la tarjeta</translation>
    </message>
    <message>
        <source>Changed the dates the user is valid</source>
        <translation>Cambió las fechas de validez del empleado</translation>
    </message>
    <message>
        <source>Changed the time group</source>
        <translation>Cambió el grupo horario</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Cambió %1</translation>
    </message>
    <message>
        <source>Changed the user (field %1)</source>
        <translation>Cambió el empleado (campo %1)</translation>
    </message>
    <message>
        <source>Record of a layout Punchclock cannot read: %1</source>
        <translation>Registro en un formato que Punchclock no puede leer: %1</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>Inscribió %1</translation>
    </message>
    <message>
        <source>Enrolled %1 of a manager</source>
        <translation>Inscribió %1 de un responsable</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Eliminó %1</translation>
    </message>
    <message>
        <source>Deleted the fingerprints</source>
        <translation>Eliminó las huellas</translation>
    </message>
    <message>
        <source>Deleted the password</source>
        <translation>Eliminó la contraseña</translation>
    </message>
    <message>
        <source>Deleted the card</source>
        <translation>Eliminó la tarjeta</translation>
    </message>
    <message>
        <source>Deleted all logs</source>
        <translation>Borró todos los registros</translation>
    </message>
    <message>
        <source>Changed the system settings</source>
        <translation>Cambió los ajustes del sistema</translation>
    </message>
    <message>
        <source>Changed the date and time</source>
        <translation>Cambió la fecha y la hora</translation>
    </message>
    <message>
        <source>Changed the log settings</source>
        <translation>Cambió los ajustes de registros</translation>
    </message>
    <message>
        <source>Changed the communication settings</source>
        <translation>Cambió los ajustes de comunicación</translation>
    </message>
    <message>
        <source>Changed the access times</source>
        <translation>Cambió los horarios de acceso</translation>
    </message>
    <message>
        <source>Changed the door settings</source>
        <translation>Cambió los ajustes de la puerta</translation>
    </message>
    <message>
        <source>Deleted the face</source>
        <translation>Eliminó el rostro</translation>
    </message>
    <message>
        <source>Deleted the palm</source>
        <translation>Eliminó la palma</translation>
    </message>
    <message>
        <source>Deleted the photo</source>
        <translation>Eliminó la foto</translation>
    </message>
    <message>
        <source>Deleted the user</source>
        <translation>Eliminó al empleado</translation>
    </message>
    <message>
        <source>Action %1</source>
        <extracomment>A kind of keypad action without a known meaning, by its number</extracomment>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the keypad activity: &quot;7 (Maya Santos)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>It is no longer stored: someone may have removed it meanwhile.</source>
        <translation>Ya no está guardado: puede que alguien lo haya quitado mientras tanto.</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>La base de datos rechazó el cambio.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Un departamento necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a department called &quot;%1&quot;.</source>
        <translation>Ya hay un departamento llamado «%1».</translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period. %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation>Esto cambiaría qué horario semanal se aplica en días de un periodo cerrado. %1</translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period.</source>
        <translation>Esto cambiaría qué horario semanal se aplica en días de un periodo cerrado.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>There is already an operator with this name.</source>
        <translation>Ya hay un operador con este nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the name.</source>
        <translation>La contraseña no debe contener el nombre.</translation>
    </message>
    <message>
        <source>This is the last administrator: make another operator an administrator first.</source>
        <translation>Es el último administrador: haga antes administrador a otro operador.</translation>
    </message>
    <message>
        <source>An administrator was created meanwhile, from another console. Sign in with that account.</source>
        <translation>Mientras tanto se creó un administrador desde otra consola. Inicie sesión con esa cuenta.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This account is disabled. An administrator can enable it again.</source>
        <translation>Esta cuenta está desactivada. Un administrador puede volver a activarla.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %n s.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored safely. Try again.</source>
        <translation>No se pudo guardar la contraseña de forma segura. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ParameterMessage</name>
    <message>
        <source>Choose a command.</source>
        <translation>Elija un comando.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>This command does not take this value.</source>
        <translation>Este comando no admite este valor.</translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation>Este valor tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters, digits or _.</source>
        <translation>Un ID de empleado tiene de 1 a 24 letras, dígitos o _.</translation>
    </message>
    <message>
        <source>Choose a finger, password, card, face, palm or vein.</source>
        <translation>Elija un dedo, contraseña, tarjeta, rostro, palma o vena.</translation>
    </message>
    <message>
        <source>The same credential is included twice.</source>
        <translation>La misma credencial está incluida dos veces.</translation>
    </message>
    <message>
        <source>Choose User, Manager, Register or Operator.</source>
        <translation>Elija Empleado, Responsable, Registrador u Operador.</translation>
    </message>
    <message>
        <source>Not a real date and time.</source>
        <translation>No es una fecha y hora reales.</translation>
    </message>
    <message>
        <source>The start is after the end.</source>
        <translation>El inicio es posterior al fin.</translation>
    </message>
    <message>
        <source>Enter an IPv4 address such as 192.168.1.20.</source>
        <translation>Introduzca una dirección IPv4 como 192.168.1.20.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un puerto es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Given twice with different values.</source>
        <translation>Indicado dos veces con valores distintos.</translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation here.</source>
        <translation>Aquí los terminales solo aceptan letras inglesas, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>Contains a tab, line break or other control character.</source>
        <translation>Contiene un tabulador, un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>No puede estar vacío.</translation>
    </message>
    <message>
        <source>Too long for the terminal.</source>
        <translation>Demasiado largo para el terminal.</translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation>Las contraseñas y los números de tarjeta solo tienen dígitos.</translation>
    </message>
    <message>
        <source>Choose enabled or disabled.</source>
        <translation>Elija activado o desactivado.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>A file is attached that nothing uses.</source>
        <translation>Hay un archivo adjunto que nada utiliza.</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>No válido.</translation>
    </message>
    <message>
        <source>Longer than %1 characters: some terminals cut names short.</source>
        <translation>Más de %1 caracteres: algunos terminales recortan los nombres.</translation>
    </message>
    <message>
        <source>More than %1 digits: many terminals accept no longer passwords.</source>
        <translation>Más de %1 dígitos: muchos terminales no aceptan contraseñas más largas.</translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>127.x.x.x es el propio terminal: no volvería a llegar nunca a este servidor. Introduzca la dirección de red local de este PC, que se muestra en la barra de estado.</translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>Ningún terminal puede llegar a un servidor en esta dirección (0.x.x.x, multidifusión o difusión). Introduzca la dirección de red local de este PC, que se muestra en la barra de estado.</translation>
    </message>
    <message>
        <source>Choose a door from 1 to %1; most terminals drive door 1.</source>
        <translation>Elija una puerta del 1 al %1; la mayoría de los terminales controlan la puerta 1.</translation>
    </message>
</context>
<context>
    <name>PayrollProfileText</name>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Días trabajados</translation>
    </message>
    <message>
        <source>Expected hours</source>
        <translation>Horas previstas</translation>
    </message>
    <message>
        <source>Worked hours</source>
        <translation>Horas trabajadas</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>Horas ordinarias</translation>
    </message>
    <message>
        <source>Overtime hours</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <source>Night hours</source>
        <translation>Horas nocturnas</translation>
    </message>
    <message>
        <source>Hours on holidays</source>
        <translation>Horas en festivos</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>Días de ausencia justificada</translation>
    </message>
    <message>
        <source>Leave days of other kinds</source>
        <translation>Días de ausencia de otros tipos</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Días de falta</translation>
    </message>
    <message>
        <source>Times late</source>
        <translation>Veces con retraso</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutos de retraso</translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation>Veces con salida anticipada</translation>
    </message>
    <message>
        <source>Minutes left early</source>
        <translation>Minutos de salida anticipada</translation>
    </message>
    <message>
        <source>Days with a missing punch</source>
        <translation>Días con un fichaje que falta</translation>
    </message>
    <message>
        <source>The first or last day of the exported period.</source>
        <translation>El primer o el último día del periodo exportado.</translation>
    </message>
    <message>
        <source>Days with time worked.</source>
        <translation>Días con tiempo trabajado.</translation>
    </message>
    <message>
        <source>The hours the schedule planned.</source>
        <translation>Las horas que preveía el horario.</translation>
    </message>
    <message>
        <source>All hours worked, breaks deducted.</source>
        <translation>Todas las horas trabajadas, descontadas las pausas.</translation>
    </message>
    <message>
        <source>Hours worked that are not overtime.</source>
        <translation>Horas trabajadas que no son horas extra.</translation>
    </message>
    <message>
        <source>Hours worked beyond the plan, and all work on days off and holidays.</source>
        <translation>Horas trabajadas por encima de lo previsto, y todo el trabajo en días libres y festivos.</translation>
    </message>
    <message>
        <source>Hours worked within the night set in the attendance settings.</source>
        <translation>Horas trabajadas dentro de la noche fijada en los ajustes de asistencia.</translation>
    </message>
    <message>
        <source>Hours worked on working days that are holidays.</source>
        <translation>Horas trabajadas en jornadas que son festivos.</translation>
    </message>
    <message>
        <source>Planned working days on leave of the kind given (every kind when none is given).</source>
        <translation>Días laborables previstos con ausencia del tipo indicado (de todos los tipos si no se indica ninguno).</translation>
    </message>
    <message>
        <source>Planned working days on leave of the kinds no other leave column names.</source>
        <translation>Días laborables previstos con ausencia de los tipos que ninguna otra columna de ausencias nombra.</translation>
    </message>
    <message>
        <source>Planned working days without any punch.</source>
        <translation>Días laborables previstos sin ningún fichaje.</translation>
    </message>
    <message>
        <source>Arrivals later than the shift&apos;s grace allows.</source>
        <translation>Llegadas más tarde de lo que permite la tolerancia del turno.</translation>
    </message>
    <message>
        <source>Departures earlier than the shift&apos;s grace allows.</source>
        <translation>Salidas antes de lo que permite la tolerancia del turno.</translation>
    </message>
    <message>
        <source>Days with an arrival or departure missing.</source>
        <translation>Días en que falta una entrada o una salida.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most %1 characters, on one line.</source>
        <translation>El nombre de un perfil tiene como mucho %1 caracteres, en una sola línea.</translation>
    </message>
    <message>
        <source>“%1” comes with Punchclock and cannot be changed or removed. Save your changes under another name.</source>
        <translation>«%1» viene con Punchclock y no se puede cambiar ni quitar. Guarde los cambios con otro nombre.</translation>
    </message>
    <message>
        <source>Another saved profile is called “%1”.</source>
        <translation>Otro perfil guardado se llama «%1».</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Elija al menos una columna.</translation>
    </message>
    <message>
        <source>A profile has at most %1 columns.</source>
        <translation>Un perfil tiene como mucho %1 columnas.</translation>
    </message>
    <message>
        <source>This version does not know the column “%1”.</source>
        <translation>Esta versión no conoce la columna «%1».</translation>
    </message>
    <message>
        <source>The header is empty.</source>
        <translation>El encabezado está vacío.</translation>
    </message>
    <message>
        <source>A header has at most %1 characters, on one line.</source>
        <translation>Un encabezado tiene como mucho %1 caracteres, en una sola línea.</translation>
    </message>
    <message>
        <source>Only a leave column has a kind of leave, of at most %1 characters.</source>
        <translation>Solo una columna de ausencias lleva un tipo de ausencia, de como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>Hours are written as h:mm or as a decimal number.</source>
        <translation>Las horas se escriben como h:mm o como número decimal.</translation>
    </message>
    <message>
        <source>Decimal places go from 0 to %1.</source>
        <translation>Los decimales van de 0 a %1.</translation>
    </message>
    <message>
        <source>The decimal separator is a point or a comma.</source>
        <translation>El separador decimal es un punto o una coma.</translation>
    </message>
    <message>
        <source>“%1” is not a date format: use d or dd, M or MM, yy or yyyy, each once, with the separators - . / , or a space (such as yyyy-MM-dd or dd.MM.yyyy).</source>
        <translation>«%1» no es un formato de fecha: use d o dd, M o MM, yy o yyyy, cada uno una vez, con los separadores - . / , o un espacio (como yyyy-MM-dd o dd.MM.yyyy).</translation>
    </message>
    <message>
        <source>Separate the fields with a comma, a semicolon, a tab or |.</source>
        <translation>Separe los campos con una coma, un punto y coma, un tabulador o |.</translation>
    </message>
    <message>
        <source>With a comma as the decimal separator, separate the fields with a semicolon or a tab.</source>
        <translation>Con la coma como separador decimal, separe los campos con un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>This is not a payroll profile.</source>
        <translation>Esto no es un perfil de nómina.</translation>
    </message>
    <message>
        <source>The saved payroll profiles cannot be read (%1). Only the shipped profiles can be used until an administrator repairs the setting payroll.profiles.</source>
        <extracomment>%1 why the stored text cannot be read, in English</extracomment>
        <translation>No se pueden leer los perfiles de nómina guardados (%1). Solo se pueden usar los perfiles incluidos hasta que un administrador repare el ajuste payroll.profiles.</translation>
    </message>
    <message>
        <source>There is no payroll profile called “%1”.</source>
        <translation>No hay ningún perfil de nómina llamado «%1».</translation>
    </message>
    <message>
        <source>Column %1 (%2): %3</source>
        <extracomment>%1 the column&apos;s position, %2 its name, %3 the problem</extracomment>
        <translation>Columna %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation>El informe no tiene columnas.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>Only an administrator can manage operator accounts.</source>
        <translation>Solo un administrador puede gestionar las cuentas de operador.</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>Solo un administrador puede cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Only an administrator can back up or restore the data.</source>
        <translation>Solo un administrador puede hacer copias de seguridad o restaurar los datos.</translation>
    </message>
    <message>
        <source>Only an administrator can erase personal data.</source>
        <translation>Solo un administrador puede borrar datos personales.</translation>
    </message>
    <message>
        <source>Only an administrator can export personal data.</source>
        <translation>Solo un administrador puede exportar datos personales.</translation>
    </message>
    <message>
        <source>Only a manager of every department can change shifts, holidays and attendance settings.</source>
        <translation>Solo un responsable de todos los departamentos puede cambiar turnos, festivos y ajustes de asistencia.</translation>
    </message>
    <message>
        <source>Only a manager of every department can close or reopen a period.</source>
        <translation>Solo un responsable de todos los departamentos puede cerrar o reabrir un periodo.</translation>
    </message>
    <message>
        <source>Only a manager of every department can change the departments.</source>
        <translation>Solo un responsable de todos los departamentos puede cambiar los departamentos.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can change the schedules and leave of its employees.</source>
        <translation>Solo un responsable de %1 puede cambiar los horarios y las ausencias de sus empleados.</translation>
    </message>
    <message>
        <source>Only a manager of every department can change the schedules and leave of employees without a department.</source>
        <translation>Solo un responsable de todos los departamentos puede cambiar los horarios y las ausencias de los empleados sin departamento.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can correct punches of its employees.</source>
        <translation>Solo un responsable de %1 puede corregir los fichajes de sus empleados.</translation>
    </message>
    <message>
        <source>Only a manager of every department can correct punches of employees without a department.</source>
        <translation>Solo un responsable de todos los departamentos puede corregir los fichajes de los empleados sin departamento.</translation>
    </message>
    <message>
        <source>Only an operator or an administrator can manage terminals.</source>
        <translation>Solo un operador o un administrador puede gestionar los terminales.</translation>
    </message>
    <message>
        <source>Only an operator of %1 can change its employees.</source>
        <translation>Solo un operador de %1 puede cambiar sus empleados.</translation>
    </message>
    <message>
        <source>Only an operator of every department can change employees without a department.</source>
        <translation>Solo un operador de todos los departamentos puede cambiar los empleados sin departamento.</translation>
    </message>
    <message>
        <source>You may not see the employees of %1.</source>
        <translation>No puede ver a los empleados de %1.</translation>
    </message>
    <message>
        <source>You may not see employees without a department.</source>
        <translation>No puede ver a los empleados sin departamento.</translation>
    </message>
    <message>
        <source>Only an administrator can see the whole audit trail.</source>
        <translation>Solo un administrador puede ver el registro de auditoría completo.</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>No puede hacer esto.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing operator accounts.</source>
        <translation>Su rol, %1, no permite gestionar las cuentas de operador.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing the settings.</source>
        <translation>Su rol, %1, no permite cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow backups and restores.</source>
        <translation>Su rol, %1, no permite copias de seguridad ni restauraciones.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow erasing personal data.</source>
        <translation>Su rol, %1, no permite borrar datos personales.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow exporting personal data.</source>
        <translation>Su rol, %1, no permite exportar datos personales.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing shifts, holidays and attendance settings.</source>
        <translation>Su rol, %1, no permite cambiar turnos, festivos ni ajustes de asistencia.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow closing or reopening periods.</source>
        <translation>Su rol, %1, no permite cerrar ni reabrir periodos.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing departments.</source>
        <translation>Su rol, %1, no permite cambiar los departamentos.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing schedules and leave.</source>
        <translation>Su rol, %1, no permite cambiar horarios ni ausencias.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow correcting punches.</source>
        <translation>Su rol, %1, no permite corregir fichajes.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing terminals.</source>
        <translation>Su rol, %1, no permite gestionar terminales.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing employees.</source>
        <translation>Su rol, %1, no permite cambiar empleados.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing reports.</source>
        <translation>Su rol, %1, no permite ver informes.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing the audit trail.</source>
        <translation>Su rol, %1, no permite ver el registro de auditoría.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>Everything, including operator accounts, settings and backups.</source>
        <translation>Todo, incluidas las cuentas de operador, los ajustes y las copias de seguridad.</translation>
    </message>
    <message>
        <source>Shifts, schedules, holidays, leave, corrections and periods, for their departments.</source>
        <translation>Turnos, horarios, festivos, ausencias, correcciones y periodos de sus departamentos.</translation>
    </message>
    <message>
        <source>Terminals, their commands, and the employees of their departments.</source>
        <translation>Los terminales, sus comandos y los empleados de sus departamentos.</translation>
    </message>
    <message>
        <source>Sees the pages and the reports of their departments; changes nothing.</source>
        <translation>Ve las páginas y los informes de sus departamentos; no cambia nada.</translation>
    </message>
    <message>
        <source>Only an operator, a manager or an administrator can see what was done at a terminal&apos;s keypad.</source>
        <translation>Solo un operador, un responsable o un administrador puede ver lo que se hizo en el teclado de un terminal.</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing what was done at terminals&apos; keypads.</source>
        <translation>Su rol, %1, no permite ver lo que se hizo en los teclados de los terminales.</translation>
    </message>
</context>
<context>
    <name>PreviewChangeNotice</name>
    <message numerus="yes">
        <source>%n new punches</source>
        <translation>
            <numerusform>%n fichaje nuevo</numerusform>
            <numerusform>%n fichajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrections</source>
        <translation>
            <numerusform>%n corrección</numerusform>
            <numerusform>%n correcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the period shown since this preview.</source>
        <translation>%1 en el periodo mostrado desde esta vista previa.</translation>
    </message>
    <message>
        <source>The rules, schedules or calendar changed since this preview.</source>
        <translation>Las reglas, los horarios o el calendario han cambiado desde esta vista previa.</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Volver a generar la vista previa</translation>
    </message>
</context>
<context>
    <name>PunchCsvWriter</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation>ID de terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrada/Salida</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>PunchWording</name>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>Vena</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>Iris</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Palma</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Número de tarea</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <source>terminal not approved</source>
        <translation>terminal no aprobado</translation>
    </message>
    <message>
        <source>implausible clock</source>
        <translation>reloj inverosímil</translation>
    </message>
    <message>
        <source>The terminal was waiting for approval when this punch arrived. Approve the terminal if it belongs to you; its punches are kept either way.</source>
        <translation>El terminal estaba pendiente de aprobación cuando llegó este fichaje. Apruebe el terminal si le pertenece; sus fichajes se conservan en cualquier caso.</translation>
    </message>
    <message>
        <source>The terminal&apos;s clock looked wrong: before 2016 (a clock reset after a power loss) or more than a day ahead of this site. Check the terminal&apos;s time.</source>
        <translation>El reloj del terminal parecía incorrecto: anterior a 2016 (un reloj reiniciado tras un corte de corriente) o más de un día adelantado respecto a este sitio. Revise la hora del terminal.</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Punchclock cannot start</source>
        <translation>Punchclock no puede iniciarse</translation>
    </message>
    <message>
        <source>The data folder %1 is not available. Connect the disk that holds it and start Punchclock again, or start it with --db to open another database.</source>
        <translation>La carpeta de datos %1 no está disponible. Conecte el disco que la contiene y vuelva a iniciar Punchclock, o inícielo con --db para abrir otra base de datos.</translation>
    </message>
    <message>
        <source>Punchclock is already open on %1: its window was brought to the front. This copy exits.</source>
        <translation>Punchclock ya está abierto con %1: se ha traído su ventana al frente. Esta copia se cierra.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>La contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>your database account</source>
        <translation>su cuenta de la base de datos</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/dbname.</source>
        <translation>Archivo de base de datos, o postgresql://usuario@servidor:puerto/basededatos.</translation>
    </message>
    <message>
        <source>The database %1 is damaged:
%2

</source>
        <translation>La base de datos %1 está dañada:
%2

</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore. Keep a copy of the damaged file and ask for help before anything writes to it.</source>
        <translation>No hay ninguna copia de seguridad en %1 que restaurar. Guarde una copia del archivo dañado y pida ayuda antes de que nada escriba en él.</translation>
    </message>
    <message>
        <source>Keep a copy of the damaged file, then restore the newest backup, %1, with this command and start Punchclock again:
%2</source>
        <translation>Guarde una copia del archivo dañado, restaure después la copia de seguridad más reciente, %1, con esta orden e inicie Punchclock de nuevo:
%2</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Stop the terminal server?</source>
        <translation>¿Detener el servidor de terminales?</translation>
    </message>
    <message>
        <source>Quitting Punchclock stops the terminal server on this PC.</source>
        <translation>Al salir de Punchclock se detiene el servidor de terminales de este PC.</translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running in the system tray, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <extracomment>%1 the command that starts the background service</extracomment>
        <translation>No se pierde nada: los terminales conservan sus fichajes y los vuelven a enviar cuando el servidor vuelve a estar en marcha.

Para seguir atendiéndolos, mantenga Punchclock en ejecución en la bandeja del sistema, o ejecute el servidor como un servicio en segundo plano que se inicia con el PC: %1 (usa sus propios datos en /var/lib/punchclock).</translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running minimised, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <translation>No se pierde nada: los terminales conservan sus fichajes y los vuelven a enviar cuando el servidor vuelve a estar en marcha.

Para seguir atendiéndolos, mantenga Punchclock en ejecución minimizado, o ejecute el servidor como un servicio en segundo plano que se inicia con el PC: %1 (usa sus propios datos en /var/lib/punchclock).</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>&amp;Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Seguir en ejecución</translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation>Salir y &amp;detener el servidor</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;No volver a preguntar</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Daily attendance</source>
        <translation>Asistencia diaria</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Resumen mensual</translation>
    </message>
    <message>
        <source>Timecard</source>
        <translation>Ficha horaria</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>Primera entrada</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Última salida</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Trabajado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Early leave</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Días trabajados</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Días ausente</translation>
    </message>
    <message>
        <source>Times late</source>
        <translation>Veces con retraso</translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation>Salidas anticipadas</translation>
    </message>
    <message>
        <source>Missing punches</source>
        <translation>Fichajes incompletos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <source>Missing punch</source>
        <translation>Fichaje incompleto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A report&apos;s period: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Empleado: %1</translation>
    </message>
    <message>
        <source>Employee: %1 %2</source>
        <extracomment>%1 the user ID, %2 the name</extracomment>
        <translation>Empleado: %1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Generated %1 by Punchclock %2</source>
        <extracomment>%1 the date and time, %2 the program&apos;s version</extracomment>
        <translation>Generado el %1 por Punchclock %2</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Missing arrival</source>
        <translation>Falta la llegada</translation>
    </message>
    <message>
        <source>Missing departure</source>
        <translation>Falta la salida</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <source>%1 (nothing counted yet)</source>
        <extracomment>The period runs past today: %1 the period, %2 the last day counted</extracomment>
        <translation>%1 (aún no se ha contado nada)</translation>
    </message>
    <message>
        <source>%1 (to date: %2)</source>
        <translation>%1 (hasta la fecha: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No schedule on some days: %1. Nothing is expected of them then, so no absence, lateness or overtime; their hours are counted. Set a schedule under Rules.</source>
        <translation>Sin horario algunos días: %1. Esos días no se espera nada de ellos, así que no hay ausencias, retrasos ni horas extra; sus horas sí se cuentan. Defina un horario en Reglas.</translation>
    </message>
</context>
<context>
    <name>ServerAddressConfirmation</name>
    <message>
        <source>Change where %1 sends its data</source>
        <translation>Cambiar adónde envía %1 sus datos</translation>
    </message>
    <message>
        <source>%1 will talk only to %2, port %3, from its next restart on.</source>
        <translation>A partir de su próximo reinicio, %1 solo se comunicará con %2, puerto %3.</translation>
    </message>
    <message>
        <source>If this address or port is wrong, the terminal is cut off from this console until someone changes the server address on its own keypad.</source>
        <translation>Si esta dirección o este puerto son incorrectos, el terminal quedará aislado de esta consola hasta que alguien cambie la dirección del servidor en su propio teclado.</translation>
    </message>
    <message>
        <source>&amp;Send to %1:%2</source>
        <translation>&amp;Enviar a %1:%2</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Listening on port %1 (no network address found)</source>
        <translation>Escuchando en el puerto %1 (no se encontró ninguna dirección de red)</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Escuchando en %1:%2</translation>
    </message>
    <message>
        <source>Terminals reach this PC at: %1, port %2</source>
        <translation>Los terminales llegan a este PC en: %1, puerto %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message>
        <source>Server not running: %1</source>
        <translation>El servidor no está en marcha: %1</translation>
    </message>
    <message>
        <source>Terminals cannot deliver punches until the server runs. Check Settings.</source>
        <translation>Los terminales no pueden entregar fichajes hasta que el servidor esté en marcha. Revise los Ajustes.</translation>
    </message>
    <message>
        <source>No terminals yet</source>
        <translation>Aún no hay terminales</translation>
    </message>
    <message numerus="yes">
        <source>%1/%n terminals online</source>
        <translation>
            <numerusform>%1/%n terminal en línea</numerusform>
            <numerusform>%1/%n terminales en línea</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs pending</source>
        <translation>No hay tareas pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) pending</source>
        <translation>
            <numerusform>%n tarea pendiente</numerusform>
            <numerusform>%n tareas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) waiting for approval</source>
        <translation>
            <numerusform>%n terminal pendiente de aprobación</numerusform>
            <numerusform>%n terminales pendientes de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved terminals</source>
        <translation>No hay terminales aprobados</translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>automatic clock sync</source>
        <translation>sincronización automática del reloj</translation>
    </message>
    <message>
        <source>automatic status refresh</source>
        <translation>actualización automática del estado</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <extracomment>A job&apos;s timeline: %1 who queued it (an operator, &quot;automatic clock sync&quot;)</extracomment>
        <translation>puesta en cola por %1</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <extracomment>A job&apos;s timeline: %1 the operator who cancelled it</extracomment>
        <translation>cancelada por %1</translation>
    </message>
    <message>
        <source>the terminal polled again without answering</source>
        <translation>el terminal volvió a consultar sin responder</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <extracomment>%1 an address, %2 a port, %3 why, in the system&apos;s words</extracomment>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved; the database may be busy. Try again.</source>
        <translation>No se pudo guardar el ajuste; puede que la base de datos esté ocupada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SiteTimeText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TerminalCommands</name>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 está aprobado.</translation>
    </message>
    <message>
        <source>Block terminal</source>
        <translation>Bloquear terminal</translation>
    </message>
    <message>
        <source>Block %1? Its punches and polls are refused until you approve it again.</source>
        <translation>¿Bloquear %1? Sus fichajes y consultas se rechazarán hasta que lo apruebe de nuevo.</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 está bloqueado.</translation>
    </message>
    <message>
        <source>%1 could not be changed: it is no longer in the database.</source>
        <translation>No se pudo cambiar %1: ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Renaming %1 to %2 is queued.</source>
        <translation>El cambio de nombre de %1 a %2 está en cola.</translation>
    </message>
    <message>
        <source>Setting the clock of %1 is queued.</source>
        <translation>El ajuste del reloj de %1 está en cola.</translation>
    </message>
    <message>
        <source>Asking %1 for its counts is queued.</source>
        <translation>La consulta de recuentos a %1 está en cola.</translation>
    </message>
    <message>
        <source>Restarting %1 is queued.</source>
        <translation>El reinicio de %1 está en cola.</translation>
    </message>
    <message>
        <source>Pulling the user list of %1 is queued.</source>
        <translation>La descarga de la lista de empleados de %1 está en cola.</translation>
    </message>
    <message>
        <source>Pulling logs from %1 is queued.</source>
        <translation>La descarga de registros de %1 está en cola.</translation>
    </message>
    <message>
        <source>Pointing %1 at %2 is queued.</source>
        <translation>Apuntar %1 a %2 está en cola.</translation>
    </message>
    <message>
        <source>Pointing %1 at %2 and restarting it are queued.</source>
        <translation>Apuntar %1 a %2 y reiniciarlo están en cola.</translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation>Borrar todos los registros</translation>
    </message>
    <message>
        <source>This deletes every punch stored on %1. Punches already on this PC stay; punches not yet pulled are lost for good.</source>
        <translation>Esto elimina todos los fichajes guardados en %1. Los fichajes que ya están en este PC se mantienen; los que aún no se han descargado se pierden para siempre.</translation>
    </message>
    <message>
        <source>Clear &amp;logs</source>
        <translation>Borrar &amp;registros</translation>
    </message>
    <message>
        <source>Clearing the logs of %1 is queued.</source>
        <translation>El borrado de los registros de %1 está en cola.</translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation>Borrar todas las inscripciones</translation>
    </message>
    <message>
        <source>This deletes every user, fingerprint, face, card and password on %1. Nobody can punch there until users are sent to it again.</source>
        <translation>Esto elimina todos los empleados, huellas, rostros, tarjetas y contraseñas de %1. Nadie podrá fichar allí hasta que se le vuelvan a enviar empleados.</translation>
    </message>
    <message>
        <source>Clear &amp;enrollments</source>
        <translation>Borrar &amp;inscripciones</translation>
    </message>
    <message>
        <source>Clearing the enrollments of %1 is queued.</source>
        <translation>El borrado de las inscripciones de %1 está en cola.</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>La tarea %1 está de nuevo en cola.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;job:%2&quot;&gt;Open the job&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;job:%2&quot;&gt;Abrir la tarea&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 has moved again, to %2: it is not pinned. Check the new address before you pin it.</source>
        <translation>%1 ha vuelto a cambiar de dirección, a %2: no está fijado. Compruebe la nueva dirección antes de fijarlo.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2: requests with its ID from any other address are refused.</source>
        <translation>%1 está fijado a %2: se rechazan las solicitudes con su ID desde cualquier otra dirección.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned: it is served from any address it talks from.</source>
        <translation>%1 ya no está fijado: se le atiende desde cualquier dirección desde la que se comunique.</translation>
    </message>
    <message>
        <source>Downloading the keypad activity of %1 is queued.</source>
        <translation>La descarga de la actividad del teclado de %1 está en cola.</translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>There is no terminal %1 any more.</source>
        <translation>Ya no existe el terminal %1.</translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>El empleado %1 no está guardado en este PC.</translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation>No se eligió ningún terminal al que enviar.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>La base de datos rechazó el cambio; no se puso nada en cola.</translation>
    </message>
    <message>
        <source>The date or time is not valid.</source>
        <translation>La fecha o la hora no son válidas.</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>El inicio del intervalo es posterior a su fin.</translation>
    </message>
    <message>
        <source>The address is not an IPv4 address such as 192.168.1.20.</source>
        <translation>La dirección no es una dirección IPv4 como 192.168.1.20.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation.</source>
        <translation>Los terminales solo aceptan letras inglesas, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>The name must not contain tabs or line breaks.</source>
        <translation>El nombre no puede contener tabuladores ni saltos de línea.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>El nombre tiene más de %n carácter.</numerusform>
            <numerusform>El nombre tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command could not be built (error %1).</source>
        <translation>No se pudo construir el comando (error %1).</translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>127.x.x.x es el propio terminal: no volvería a llegar nunca a este servidor. Use la dirección de red local de este PC, que se muestra en la barra de estado.</translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>Ningún terminal puede llegar a un servidor en esta dirección (0.x.x.x, multidifusión o difusión). Use la dirección de red local de este PC, que se muestra en la barra de estado.</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first.</source>
        <translation>El empleado %1 solo se conoce por la lista de empleados de un terminal; nunca se leyeron su nombre, su privilegio ni sus credenciales. Enviarlo los borraría en el terminal: obtenga primero el empleado de un terminal.</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Backup number %1</source>
        <translation>Número de respaldo %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Enroller</source>
        <translation>Registrador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message numerus="yes">
        <source>Finger ×%n</source>
        <translation>
            <numerusform>Dedo ×%n</numerusform>
            <numerusform>Dedos ×%n</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters (A–Z), digits or underscores.</source>
        <translation>Un ID de empleado tiene de 1 a 24 letras (A–Z), dígitos o guiones bajos.</translation>
    </message>
    <message>
        <source>Terminals store no credential under this number.</source>
        <translation>Los terminales no guardan ninguna credencial con este número.</translation>
    </message>
    <message>
        <source>The same credential is given twice.</source>
        <translation>La misma credencial se indica dos veces.</translation>
    </message>
    <message>
        <source>Choose User, Manager, Enroller or Operator.</source>
        <translation>Elija Empleado, Responsable, Registrador u Operador.</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character.</source>
        <translation>El nombre contiene un tabulador, un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation>Las contraseñas y los números de tarjeta solo tienen dígitos.</translation>
    </message>
    <message>
        <source>The credential file is empty.</source>
        <translation>El archivo de credencial está vacío.</translation>
    </message>
    <message>
        <source>The terminal command could not be built (error %1).</source>
        <translation>No se pudo construir el comando para el terminal (error %1).</translation>
    </message>
    <message>
        <source>There is no terminal %1.</source>
        <translation>No existe el terminal %1.</translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>El empleado %1 no está guardado en este PC.</translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation>No se eligió ningún terminal al que enviar.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>La base de datos rechazó el cambio; no se puso nada en cola.</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch it first (Fetch from terminal…) or copy it from a terminal that holds it.</source>
        <translation>El empleado %1 solo se conoce por la lista de empleados de un terminal; nunca se leyeron su nombre, su privilegio ni sus credenciales. Enviarlo los borraría en el terminal: obténgalo primero (Obtener del terminal…) o cópielo desde un terminal que lo tenga.</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters; shorten it.</source>
        <translation>
            <numerusform>Un nombre tiene como máximo %n carácter; acórtelo.</numerusform>
            <numerusform>Un nombre tiene como máximo %n caracteres; acórtelo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AdministratorPage</name>
    <message>
        <source>Your administrator account</source>
        <translation>Su cuenta de administrador</translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own, and every change records who made it. This first account may do everything, including adding the others under Settings → Operators.</source>
        <translation>Cada persona inicia sesión en la consola con su propia cuenta, y cada cambio registra quién lo hizo. Esta primera cuenta puede hacerlo todo, incluido añadir las demás en Ajustes → Operadores.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ArrivalsChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Arrivals per hour today</source>
        <translation>Llegadas por hora hoy</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttendanceSettingsDialog</name>
    <message>
        <source>Attendance settings</source>
        <translation>Ajustes de asistencia</translation>
    </message>
    <message>
        <source>In and out as the terminal records them</source>
        <translation>Entrada y salida tal como las registra el terminal</translation>
    </message>
    <message>
        <source>First punch of the day is in, last is out</source>
        <translation>El primer fichaje del día es entrada, el último es salida</translation>
    </message>
    <message>
        <source>Choose “first and last” for terminals that switch in/out by time of day or where staff forget to press the right key.</source>
        <translation>Elija “primero y último” para terminales que cambian entrada/salida según la hora del día o donde el personal olvida pulsar la tecla correcta.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A second punch this soon after the previous one counts as the same punch.</source>
        <translation>Un segundo fichaje tan poco después del anterior cuenta como el mismo fichaje.</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>&amp;Emparejamiento:</translation>
    </message>
    <message>
        <source>Same punch &amp;within:</source>
        <translation>Mismo fichaje &amp;dentro de:</translation>
    </message>
    <message>
        <source>A change applies to every day that is not in a closed period. A closed period keeps the settings it was closed with, so its results stay as they were signed off.</source>
        <translation>Un cambio se aplica a todos los días que no estén en un periodo cerrado. Un periodo cerrado conserva los ajustes con los que se cerró, así que sus resultados siguen tal como se aprobaron.</translation>
    </message>
    <message>
        <source>Which punch of a day is an arrival and which a departure.</source>
        <translation>Qué fichaje del día es una llegada y cuál una salida.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end of the night window: 22:00 to 06:00</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Night from:</source>
        <translation>&amp;Noche de:</translation>
    </message>
    <message>
        <source>Work between these times counts as night hours in payroll exports.</source>
        <translation>El trabajo entre estas horas cuenta como horas nocturnas en las exportaciones de nómina.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttentionList</name>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada requiere su atención.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sync time</source>
        <translation>Sincronizar hora</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Pin to this address</source>
        <translation>&amp;Fijar a esta dirección</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditDetailsPane</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Seleccione un registro para verlo aquí.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation>Valores antes y después</translation>
    </message>
    <message>
        <source>Each record holds a hash of its content and of the record before it: a record changed or removed afterwards breaks the chain there.</source>
        <translation>Cada registro contiene un hash de su contenido y del registro anterior: un registro modificado o eliminado después rompe la cadena en ese punto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who made a change and as what: &quot;anna (Operator)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <extracomment>The record&apos;s number and its hash in the audit trail&apos;s chain</extracomment>
        <translation>Registro %1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditFilterBar</name>
    <message>
        <source>Every change</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Any object</source>
        <translation>Cualquier objeto</translation>
    </message>
    <message>
        <source>A user id, a terminal&apos;s dev_id, an operator&apos;s name…</source>
        <translation>Un ID de empleado, el dev_id de un terminal, el nombre de un operador…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The exact ID</source>
        <translation>El ID exacto</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditPage</name>
    <message>
        <source>The audit trail could not be read from the database. Press F5 to try again.</source>
        <translation>No se pudo leer el registro de auditoría de la base de datos. Pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Check that no record was changed or removed since it was written</source>
        <translation>Comprobar que ningún registro se ha modificado ni eliminado desde que se escribió</translation>
    </message>
    <message>
        <source>Save the records matching the filters as a CSV file (Ctrl+E)</source>
        <translation>Guardar como archivo CSV los registros que cumplen los filtros (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n records; scroll for older ones</source>
        <translation>
            <numerusform>El registro más reciente (%n); desplácese para ver los anteriores</numerusform>
            <numerusform>Los %n registros más recientes; desplácese para ver los anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>chain intact at %1</source>
        <translation>cadena intacta a las %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n records are as they were written.</source>
        <translation>
            <numerusform>El registro (%n) está tal como se escribió.</numerusform>
            <numerusform>Los %n registros están tal como se escribieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last record&apos;s hash is %1. Note it somewhere else (on paper, in an e-mail): only a copy kept outside this database shows records cut off the end.</source>
        <translation>El hash del último registro es %1. Anótelo en otro lugar (en papel, en un correo electrónico): solo una copia guardada fuera de esta base de datos revela los registros cortados del final.</translation>
    </message>
    <message>
        <source>chain broken at record %1</source>
        <translation>cadena rota en el registro %1</translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the record before record %1 is missing or was changed.</source>
        <translation>El registro de auditoría se modificó después de escribirse: el registro anterior al registro %1 falta o se modificó.</translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the content of record %1 is not what was written.</source>
        <translation>El registro de auditoría se modificó después de escribirse: el contenido del registro %1 no es el que se escribió.</translation>
    </message>
    <message>
        <source>Every record from there on is suspect; keep a copy of the database file before anything else.</source>
        <translation>Todos los registros a partir de ahí son sospechosos; antes que nada, guarde una copia del archivo de base de datos.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit trail: %n records…</source>
        <translation>
            <numerusform>Exportando el registro de auditoría: %n registro…</numerusform>
            <numerusform>Exportando el registro de auditoría: %n registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Back up &amp;every day</source>
        <translation>Copia de seguridad &amp;cada día</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Hacer copia &amp;ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Folder for the daily backups, best on another disk</source>
        <translation>Carpeta para las copias de seguridad diarias, mejor en otro disco</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Copias a co&amp;nservar:</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 ya existe y se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists, is writable and has free space.</source>
        <translation>No se pudo escribir %1 (%2). Compruebe que la carpeta existe, admite escritura y tiene espacio libre.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a Punchclock backup: it is not a database file.</source>
        <translation>%1 no es una copia de seguridad de Punchclock: no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation>%1 está dañado y no se puede restaurar (comprobación de integridad: %2).</translation>
    </message>
    <message>
        <source>%1 is a database, but not one of Punchclock (it has no “%2” table).</source>
        <translation>%1 es una base de datos, pero no de Punchclock (no tiene la tabla “%2”).</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Punchclock. Update Punchclock on this PC, then restore it.</source>
        <translation>%1 se creó con una versión más reciente de Punchclock. Actualice Punchclock en este PC y después restáurela.</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the data was left unchanged (%2).</source>
        <translation>La restauración de %1 falló; los datos no se modificaron (%2).</translation>
    </message>
    <message>
        <source>The daily backup needs a folder. Turn it off first to clear the folder.</source>
        <translation>La copia de seguridad diaria necesita una carpeta. Desactívela primero para vaciar la carpeta.</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, e.g. /media/backup/punchclock.</source>
        <translation>Indique la ruta completa de la carpeta, p. ej. /media/backup/punchclock.</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>No se puede crear %1 ni escribir en ella.</translation>
    </message>
    <message>
        <source>Choose a folder for the daily backup first.</source>
        <translation>Elija primero una carpeta para la copia de seguridad diaria.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para copias de seguridad</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Falló %1: %2</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Hacer copia de seguridad de la base de datos en</translation>
    </message>
    <message>
        <source>Punchclock backups (*.sqlite)</source>
        <translation>Copias de seguridad de Punchclock (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Copia de seguridad de %1 hecha en %2.</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurar la base de datos desde</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace all data with the backup %1 from %2?</source>
        <translation>¿Sustituir todos los datos por la copia de seguridad %1 del %2?</translation>
    </message>
    <message>
        <source>Every terminal, user, punch, job and setting is replaced. What the database holds now is lost unless you back it up first. The server goes on with the restored data.</source>
        <translation>Se sustituyen todos los terminales, empleados, fichajes, tareas y ajustes. Lo que contiene ahora la base de datos se pierde, salvo que haga antes una copia de seguridad. El servidor continúa con los datos restaurados.</translation>
    </message>
    <message>
        <source>&amp;Replace all data</source>
        <translation>&amp;Sustituir todos los datos</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restaurado.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>Last daily backup:</source>
        <translation>Última copia de seguridad diaria:</translation>
    </message>
    <message>
        <source>Last backup by hand:</source>
        <translation>Última copia de seguridad manual:</translation>
    </message>
    <message>
        <source>Backups work with SQLite and PostgreSQL databases only.</source>
        <translation>Las copias de seguridad solo funcionan con bases de datos SQLite y PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ClosedPeriodTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>Reabierto por</translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation>Reabierto el</translation>
    </message>
    <message>
        <source>Why reopened</source>
        <translation>Motivo de la reapertura</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CommandBuilderDialog</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>The terminal %1 is not known to the console.</source>
        <translation>La consola no conoce el terminal %1.</translation>
    </message>
    <message>
        <source>The user %1 is not in the store.</source>
        <translation>El empleado %1 no está guardado.</translation>
    </message>
    <message>
        <source>There is no terminal to send to.</source>
        <translation>No hay ningún terminal al que enviar.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued. Try again.</source>
        <translation>La base de datos rechazó el cambio; no se puso nada en cola. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>New command</source>
        <translation>Nuevo comando</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Buscar comandos</translation>
    </message>
    <message>
        <source>Fin&amp;d command:</source>
        <translation>&amp;Buscar comando:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;What will be sent</source>
        <translation>&amp;Qué se enviará</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Choose the terminal to send to.</source>
        <translation>Elija el terminal al que enviar.</translation>
    </message>
    <message>
        <source>Not valid yet: see the messages above.</source>
        <translation>Aún no es válido: vea los mensajes de arriba.</translation>
    </message>
    <message>
        <source>Files attached: %1</source>
        <translation>Archivos adjuntos: %1</translation>
    </message>
    <message>
        <source>Nothing is sent beyond the command itself.</source>
        <translation>No se envía nada más que el propio comando.</translation>
    </message>
    <message>
        <source>Delete this user and all their credentials from %1?</source>
        <translation>¿Eliminar este empleado y todas sus credenciales de %1?</translation>
    </message>
    <message>
        <source>Restart %1? Commands queued for it before the restart are ignored by the terminal.</source>
        <translation>¿Reiniciar %1? El terminal ignora los comandos puestos en cola para él antes del reinicio.</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first (GET_USER_INFO).</source>
        <translation>El empleado %1 solo se conoce por la lista de empleados de un terminal; nunca se leyeron su nombre, su privilegio ni sus credenciales. Enviarlo los borraría en el terminal: obtenga primero el empleado de un terminal (GET_USER_INFO).</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters: it will keep &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 solo conserva el primer carácter (%n): conservará «%2».</numerusform>
            <numerusform>%1 solo conserva los primeros %n caracteres: conservará «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this command?</source>
        <translation>¿Descartar este comando?</translation>
    </message>
    <message>
        <source>The values you entered are lost. Discard the command?</source>
        <translation>Se perderán los valores que ha introducido. ¿Descartar el comando?</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type the terminal&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Escriba el nombre del terminal, &lt;b&gt;%1&lt;/b&gt;, para confirmar:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleContext</name>
    <message>
        <source>Database unreachable since %1: terminals are answered with errors and send their punches again; the server reconnects by itself.</source>
        <translation>Base de datos inaccesible desde las %1: los terminales reciben errores y vuelven a enviar sus fichajes; el servidor se reconecta por sí solo.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleTray</name>
    <message>
        <source>Punchclock: the terminal server is running</source>
        <translation>Punchclock: el servidor de terminales está en marcha</translation>
    </message>
    <message>
        <source>&amp;Open Punchclock</source>
        <translation>&amp;Abrir Punchclock</translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation>Salir y &amp;detener el servidor</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CorrectionsDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Corrections of punches</source>
        <translation>Correcciones de fichajes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Required: why, e.g. “forgot to punch out, confirmed by supervisor”</source>
        <translation>Obligatorio: el motivo, p. ej. “olvidó fichar la salida, confirmado por el supervisor”</translation>
    </message>
    <message>
        <source>&amp;Add punch</source>
        <translation>&amp;Añadir fichaje</translation>
    </message>
    <message>
        <source>&amp;Void selected</source>
        <translation>A&amp;nular seleccionado</translation>
    </message>
    <message>
        <source>&amp;Move selected here</source>
        <translation>&amp;Mover seleccionado aquí</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Corrections of this employee, newest first:</source>
        <translation>Correcciones de este empleado, las más recientes primero:</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (revocada)</translation>
    </message>
    <message>
        <source>Re&amp;voke selected correction…</source>
        <translation>Re&amp;vocar la corrección seleccionada…</translation>
    </message>
    <message>
        <source>Cancel the correction selected in the log, with the reason entered above</source>
        <translation>Deja sin efecto la corrección seleccionada en el registro, con el motivo indicado arriba</translation>
    </message>
    <message>
        <source>Working &amp;day:</source>
        <translation>&amp;Jornada:</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <extracomment>A revoke in the corrections log: &quot;Revoked: Moved&quot;</extracomment>
        <translation>Revocado: %1</translation>
    </message>
    <message>
        <source>Select a punch that counts first.</source>
        <translation>Seleccione primero un fichaje que cuente.</translation>
    </message>
    <message>
        <source>Select the correction to revoke in the log first.</source>
        <translation>Seleccione primero en el registro la corrección que desea revocar.</translation>
    </message>
    <message>
        <source>Revoke this correction?

%1: %2 → %3, by %4: “%5”

The punch counts again as it did before. The log keeps the correction, marked as revoked.</source>
        <extracomment>%1 what (Moved), %2 before, %3 after, %4 who made it, %5 its reason</extracomment>
        <translation>¿Revocar esta corrección?

%1: %2 → %3, por %4: “%5”

El fichaje vuelve a contar como antes. El registro conserva la corrección, marcada como revocada.</translation>
    </message>
    <message>
        <source>Revoke correction</source>
        <translation>Revocar corrección</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Volver a leerlo todo (F5)</translation>
    </message>
    <message>
        <source>The simulated terminal %1 is running; it appears here within a few seconds.</source>
        <translation>El terminal simulado %1 está en marcha; aparecerá aquí en unos segundos.</translation>
    </message>
    <message>
        <source>Punches today</source>
        <translation>Fichajes de hoy</translation>
    </message>
    <message>
        <source>In now</source>
        <translation>Presentes ahora</translation>
    </message>
    <message>
        <source>Terminals online</source>
        <translation>Terminales en línea</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Latest punches</source>
        <translation>Últimos fichajes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet.</source>
        <translation>Ningún terminal ha contactado todavía con este PC.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is waiting for your approval.</source>
        <translation>%1 (%2, %3) está pendiente de aprobación.</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Visto por primera vez %1</translation>
    </message>
    <message>
        <source>%1 is offline: last heard from %2.</source>
        <translation>%1 está sin conexión: última señal %2.</translation>
    </message>
    <message>
        <source>The clock of %1 is %2.</source>
        <translation>El reloj de %1 va %2.</translation>
    </message>
    <message>
        <source>Its punches carry the terminal&apos;s time: set its clock to this PC&apos;s.</source>
        <translation>Sus fichajes llevan la hora del terminal: ajuste su reloj a la de este PC.</translation>
    </message>
    <message>
        <source>“%1” on %2 got no answer.</source>
        <translation>“%1” en %2 no obtuvo respuesta.</translation>
    </message>
    <message>
        <source>“%1” on %2 failed: %3.</source>
        <translation>“%1” en %2 falló: %3.</translation>
    </message>
    <message>
        <source>Everything is fine.</source>
        <translation>Todo está en orden.</translation>
    </message>
    <message>
        <source>One thing needs your attention.</source>
        <translation>Hay una cosa que requiere su atención.</translation>
    </message>
    <message numerus="yes">
        <source>%n things need your attention.</source>
        <translation>
            <numerusform>%n cosa requiere su atención.</numerusform>
            <numerusform>%n cosas requieren su atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the server first: the simulated terminal talks to it.</source>
        <translation>Inicie primero el servidor: el terminal simulado se comunica con él.</translation>
    </message>
    <message>
        <source>Starting the simulated terminal…</source>
        <translation>Iniciando el terminal simulado…</translation>
    </message>
    <message>
        <source>Job %1, %2: %3 %4</source>
        <translation>Tarea %1, %2: %3 %4</translation>
    </message>
    <message>
        <source>Stop simulated &amp;terminal</source>
        <translation>Detener el &amp;terminal simulado</translation>
    </message>
    <message>
        <source>Stops the pretend terminal %1 running on this PC</source>
        <translation>Detiene el terminal ficticio %1 que se ejecuta en este PC</translation>
    </message>
    <message>
        <source>“%1” on %2 answered, but its answer could not be read.</source>
        <translation>“%1” en %2 respondió, pero su respuesta no se pudo leer.</translation>
    </message>
    <message>
        <source>The simulated terminal %1 is stopped.</source>
        <translation>El terminal simulado %1 está detenido.</translation>
    </message>
    <message>
        <source>Terminals waiting for approval count for no tile until you approve them.</source>
        <translation>Los terminales pendientes de aprobación no cuentan en ningún indicador hasta que usted los apruebe.</translation>
    </message>
    <message>
        <source>Punches stamped today on approved terminals. %1</source>
        <translation>Fichajes registrados hoy en terminales aprobados. %1</translation>
    </message>
    <message>
        <source>People whose last punch today, on an approved terminal, was an entry. %1</source>
        <translation>Personas cuyo último fichaje de hoy, en un terminal aprobado, fue una entrada. %1</translation>
    </message>
    <message>
        <source>Approved terminals heard from within three of their poll intervals. %1</source>
        <translation>Terminales aprobados que se han comunicado dentro de sus tres últimos intervalos de consulta. %1</translation>
    </message>
    <message>
        <source>What the Needs attention list shows; a terminal waiting for approval is one of them.</source>
        <translation>Los elementos de la lista Requiere atención; un terminal pendiente de aprobación es uno de ellos.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataFolderPage</name>
    <message>
        <source>Where should Punchclock keep its data?</source>
        <translation>¿Dónde debe guardar Punchclock sus datos?</translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in one database file in this folder. Choose a folder that is included in your regular backups.</source>
        <translation>Los fichajes, empleados y ajustes se guardan en un único archivo de base de datos en esta carpeta. Elija una carpeta incluida en sus copias de seguridad habituales.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <source>Give the whole path, starting with /.</source>
        <translation>Indique la ruta completa, empezando por /.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>You cannot write to %1.</source>
        <translation>No tiene permiso de escritura en %1.</translation>
    </message>
    <message>
        <source>In a &amp;folder on this PC</source>
        <translation>En una &amp;carpeta de este PC</translation>
    </message>
    <message>
        <source>On a Post&amp;greSQL server, shared by several PCs or servers</source>
        <translation>En un servidor Post&amp;greSQL, compartido por varios PC o servidores</translation>
    </message>
    <message>
        <source>only if ~/.pgpass does not hold it</source>
        <translation>solo si ~/.pgpass no la contiene</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de datos:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>The password is used until Punchclock closes and never stored: put it in ~/.pgpass not to be asked at every start.</source>
        <translation>La contraseña se usa hasta que Punchclock se cierra y nunca se guarda: póngala en ~/.pgpass para que no se pida en cada inicio.</translation>
    </message>
    <message>
        <source>Give the database&apos;s URL: postgresql://user@host:port/database.</source>
        <translation>Indique la URL de la base de datos: postgresql://usuario@servidor:puerto/basededatos.</translation>
    </message>
    <message>
        <source>A database URL begins with postgresql://.</source>
        <translation>Una URL de base de datos empieza por postgresql://.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the field below, or put it in ~/.pgpass.</source>
        <translation>No ponga la contraseña en la URL: escríbala en el campo de abajo o póngala en ~/.pgpass.</translation>
    </message>
    <message>
        <source>This URL cannot be read. Write it as postgresql://user@host:port/database.</source>
        <translation>No se puede leer esta URL. Escríbala como postgresql://usuario@servidor:puerto/basededatos.</translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in a database on a PostgreSQL server. Other consoles and servers can use the same database.</source>
        <translation>Los fichajes, empleados y ajustes se guardan en una base de datos de un servidor PostgreSQL. Otras consolas y servidores pueden usar la misma base de datos.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataSection</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Mo&amp;ve database…</source>
        <translation>&amp;Mover base de datos…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de base de datos:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <source>To move the database, choose a new folder: a copy is made there now and used from the next start. Starting with --db or PUNCHCLOCK_DB overrides this.</source>
        <translation>Para mover la base de datos, elija una carpeta nueva: ahora se hace allí una copia, que se usará a partir del próximo inicio. Iniciar con --db o PUNCHCLOCK_DB anula esto.</translation>
    </message>
    <message>
        <source>From the next start Punchclock uses %1. Until then it goes on with the file above, so what arrives meanwhile is not in the copy: restart soon.</source>
        <translation>A partir del próximo inicio Punchclock usará %1. Hasta entonces sigue con el archivo de arriba, así que lo que llegue mientras tanto no estará en la copia: reinicie pronto.</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>Mover la base de datos a</translation>
    </message>
    <message>
        <source>The database is already in that folder.</source>
        <translation>La base de datos ya está en esa carpeta.</translation>
    </message>
    <message>
        <source>%1 already holds a Punchclock database; it was left as it is. Choose an empty folder.</source>
        <translation>%1 ya contiene una base de datos de Punchclock; se ha dejado como estaba. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>la guarda el servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Every console and server that uses this database sees the same data, and sees changes within a second. To use another database, start Punchclock with --db or PUNCHCLOCK_DB.</source>
        <translation>Todas las consolas y servidores que usan esta base de datos ven los mismos datos y ven los cambios en menos de un segundo. Para usar otra base de datos, inicie Punchclock con --db o PUNCHCLOCK_DB.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatabaseErrorBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Punchclock cannot read its database, so the pages may show less than is stored and changes may not be saved. It tries again every few seconds.
%1</source>
        <translation>Punchclock no puede leer su base de datos, así que las páginas pueden mostrar menos de lo que hay guardado y puede que los cambios no se guarden. Vuelve a intentarlo cada pocos segundos.
%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatePresetPicker</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DateTimeRangePicker</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Since &amp;last pull</source>
        <translation>Desde la ú&amp;ltima descarga</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Este &amp;mes</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>From %1, where the last pull ended</source>
        <translation>Desde %1, donde terminó la última descarga</translation>
    </message>
    <message>
        <source>Logs have not been pulled from this terminal yet</source>
        <translation>Todavía no se han descargado registros de este terminal</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DayExplanationDialog</name>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>as the terminal recorded it</source>
        <translation>tal como lo registró el terminal</translation>
    </message>
    <message>
        <source>no direction recorded: the role the sequence needed</source>
        <translation>sin dirección registrada: el papel que requería la secuencia</translation>
    </message>
    <message>
        <source>first punch of the day</source>
        <translation>primer fichaje del día</translation>
    </message>
    <message>
        <source>last punch of the day</source>
        <translation>último fichaje del día</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Añadido a mano</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: employee and working day</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <source>Why this day</source>
        <translation>Por qué este día</translation>
    </message>
    <message>
        <source>What it counted as</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>No punches on this working day.</source>
        <translation>No hay fichajes en esta jornada.</translation>
    </message>
    <message>
        <source>C&amp;orrect punches…</source>
        <translation>C&amp;orregir fichajes…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>What a punch counted as: &quot;Arrival (as the terminal recorded it)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing its partner punch</source>
        <translation>Le falta el fichaje pareja</translation>
    </message>
    <message>
        <source>%1 without a partner: a punch is missing</source>
        <translation>%1 sin pareja: falta un fichaje</translation>
    </message>
    <message>
        <source>Not counted: between the first and the last punch</source>
        <translation>No contado: entre el primer y el último fichaje</translation>
    </message>
    <message>
        <source>Not counted: the same punch pressed again</source>
        <translation>No contado: el mismo fichaje pulsado de nuevo</translation>
    </message>
    <message>
        <source>Not counted: the terminal is not approved</source>
        <translation>No contado: el terminal no está aprobado</translation>
    </message>
    <message>
        <source>Not counted: voided by a correction</source>
        <translation>No contado: anulado por una corrección</translation>
    </message>
    <message>
        <source>Before the previous shift&apos;s day change at %1</source>
        <translation>Antes del cambio de día del turno anterior a las %1</translation>
    </message>
    <message>
        <source>Its own date</source>
        <translation>Su propia fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>Ausencia: %1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <source>%1 · worked %2 of %3 · late %4 · left early %5 · overtime %6</source>
        <extracomment>Day summary: plan, worked, expected, late, early leave, overtime</extracomment>
        <translation>%1 · trabajado %2 de %3 · retraso %4 · salida anticipada %5 · horas extra %6</translation>
    </message>
    <message>
        <source>Departure for the previous day&apos;s arrival, which had none</source>
        <translation>Salida para la llegada del día anterior, que no tenía ninguna</translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s start</source>
        <translation>el único fichaje del día, más cerca del inicio del turno</translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s end</source>
        <translation>el único fichaje del día, más cerca del fin del turno</translation>
    </message>
    <message>
        <source>Not counted: arrived after the period was closed</source>
        <translation>No cuenta: llegó después de cerrarse el periodo</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Who added, voided or moved punches of this day, and when</source>
        <translation>Quién añadió, anuló o movió fichajes de este día, y cuándo</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DepartmentsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuevo departamento</translation>
    </message>
    <message>
        <source>Double-click a department or press F2 to rename it.</source>
        <translation>Haga doble clic en un departamento o pulse F2 para cambiarle el nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>The department could not be saved. The database may be busy; try again.</source>
        <translation>No se pudo guardar el departamento. Puede que la base de datos esté ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Remove the department &quot;%1&quot;? Its users (%2) stay, without a department; its weekly schedule is removed with it.</source>
        <translation>¿Quitar el departamento «%1»? Sus empleados (%2) se conservan, sin departamento; su horario semanal se elimina con él.</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Quitar departamento</translation>
    </message>
    <message>
        <source>The department could not be removed. The database may be busy; try again.</source>
        <translation>No se pudo quitar el departamento. Puede que la base de datos esté ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Default &amp;week…</source>
        <translation>&amp;Semana predeterminada…</translation>
    </message>
    <message>
        <source>The week its employees follow unless they have one of their own</source>
        <translation>La semana que siguen sus empleados, salvo que tengan una propia</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDetailsPane</name>
    <message>
        <source>Select a destination to see what it sends and its recent events.</source>
        <translation>Seleccione un destino para ver qué envía y sus eventos recientes.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>Recibe:</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Envía:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Events of the selected destination</source>
        <translation>Eventos del destino seleccionado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed, %4 parked</source>
        <extracomment>the counts of a destination&apos;s events by status</extracomment>
        <translation>%1 pendientes, %2 entregados, %3 fallidos, %4 retenidos</translation>
    </message>
    <message>
        <source>%1; the oldest pending was queued at %2</source>
        <extracomment>%1 the counts by status, %2 when the oldest pending event was queued</extracomment>
        <translation>%1; el pendiente más antiguo se puso en cola: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failure(s) in a row; next try at %2)</source>
        <extracomment>%1 the error; %2 when the next attempt is; %n failures in a row</extracomment>
        <translation>
            <numerusform>%1 (%n fallo seguido; próximo intento: %2)</numerusform>
            <numerusform>%1 (%n fallos seguidos; próximo intento: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDialog</name>
    <message>
        <source>&amp;Punches</source>
        <translation>&amp;Fichajes</translation>
    </message>
    <message>
        <source>C&amp;orrections of punches</source>
        <translation>C&amp;orrecciones de fichajes</translation>
    </message>
    <message>
        <source>Changes of e&amp;mployees</source>
        <translation>Cambios de e&amp;mpleados</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Deliver: send events as they are queued</source>
        <translation>&amp;Entregar: enviar los eventos según se ponen en cola</translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation>Editar destino %1</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Añadir destino</translation>
    </message>
    <message>
        <source>e.g. Payroll</source>
        <translation>p. ej. Nómina</translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation>Un destino conserva su tipo: añada otro para el otro tipo.</translation>
    </message>
    <message>
        <source>unchanged; type a new one to replace it</source>
        <translation>sin cambios; escriba uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Make a random secret of 64 hexadecimal digits</source>
        <translation>Crear un secreto aleatorio de 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Give this secret to the receiver, which checks each request&apos;s signature with it. Copy it now: once saved, it is kept sealed and not shown again.</source>
        <translation>Dé este secreto al receptor, que comprueba con él la firma de cada petición. Cópielo ahora: una vez guardado, se conserva sellado y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Events sent in one request; 1 sends each on its own</source>
        <translation>Eventos enviados en una petición; 1 envía cada uno por separado</translation>
    </message>
    <message>
        <source>Of the Frappe HR user Punchclock signs in as (User → API Access)</source>
        <translation>Del usuario de Frappe HR con el que entra Punchclock (Usuario → Acceso a la API)</translation>
    </message>
    <message>
        <source>The field of Employee holding the terminal&apos;s user number</source>
        <translation>El campo de Employee que guarda el número de usuario del terminal</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one request may take before it counts as no answer</source>
        <translation>Cuánto puede tardar una petición antes de contar como sin respuesta</translation>
    </message>
    <message>
        <source>Unticked, it is paused: events are queued for it and none is sent</source>
        <translation>Sin marcar, está en pausa: sus eventos se ponen en cola y no se envía ninguno</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>Recibe:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño del &amp;lote:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Employee field:</source>
        <translation>Campo de &amp;empleado:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Tiempo de es&amp;pera:</translation>
    </message>
    <message>
        <source>https://payroll.example.com/punches</source>
        <translation>https://nomina.example.com/fichajes</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>Where events are POSTed as JSON</source>
        <translation>Adonde se envían los eventos como JSON (POST)</translation>
    </message>
    <message>
        <source>The Frappe HR or ERPNext site</source>
        <translation>El sitio de Frappe HR o ERPNext</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>&amp;Secreto de firma:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secreto de API:</translation>
    </message>
    <message>
        <source>type one, or Generate</source>
        <translation>escriba uno, o Generar</translation>
    </message>
    <message>
        <source>of the same Frappe HR user</source>
        <translation>del mismo usuario de Frappe HR</translation>
    </message>
    <message>
        <source>https://odoo.example.com</source>
        <translation>https://odoo.example.com</translation>
    </message>
    <message>
        <source>The Odoo server&apos;s address, as the browser shows it before /odoo or /web</source>
        <translation>La dirección del servidor de Odoo, tal como la muestra el navegador antes de /odoo o /web</translation>
    </message>
    <message>
        <source>of the Odoo user Punchclock signs in as</source>
        <translation>del usuario de Odoo con el que entra Punchclock</translation>
    </message>
    <message>
        <source>Made in Odoo under the user&apos;s Preferences → Account Security → New API Key; a user of its own with the right to manage attendances is best</source>
        <translation>Se crea en Odoo en Preferencias del usuario → Seguridad de la cuenta → Nueva clave de API; lo mejor es un usuario propio con derecho a gestionar las asistencias</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationTableModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until %1 after %n failure(s)</source>
        <extracomment>%1 the time of the next attempt; %n failures in a row</extracomment>
        <translation>
            <numerusform>Esperando hasta %1 tras %n fallo</numerusform>
            <numerusform>Esperando hasta %1 tras %n fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again after %n failure(s)</source>
        <translation>
            <numerusform>Reintentando tras %n fallo</numerusform>
            <numerusform>Reintentando tras %n fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>Events are queued for it; none is sent until it is resumed.</source>
        <translation>Sus eventos se ponen en cola; no se envía ninguno hasta que se reanude.</translation>
    </message>
    <message>
        <source>The oldest was queued at %1</source>
        <translation>El más antiguo se puso en cola: %1</translation>
    </message>
    <message>
        <source>Refused for good by the destination; sent again only when you ask</source>
        <translation>Rechazados definitivamente por el destino; solo se vuelven a enviar cuando usted lo pida</translation>
    </message>
    <message>
        <source>Held until someone acts, usually in the other system (an employee to map)</source>
        <translation>Retenidos hasta que alguien actúe, normalmente en el otro sistema (un empleado que asignar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EffectiveDatePicker</name>
    <message>
        <source>From the start</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>The first day the change counts for. Earlier days keep the rule as it was, so their reports do not change.</source>
        <translation>El primer día al que se aplica el cambio. Los días anteriores conservan la regla como estaba, así que sus informes no cambian.</translation>
    </message>
    <message>
        <source>Every day ever counted uses the new rule, as if it had always been so: for fixing a mistake.</source>
        <translation>Todos los días ya contados usan la nueva regla, como si siempre hubiera sido así: para corregir un error.</translation>
    </message>
    <message>
        <source>Not while a period is closed: every day of it would change. %1</source>
        <translation>No mientras haya un periodo cerrado: cambiarían todos sus días. %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollDialog</name>
    <message>
        <source>Choose a finger or the face.</source>
        <translation>Elija un dedo o el rostro.</translation>
    </message>
    <message>
        <source>The terminal is not approved.</source>
        <translation>El terminal no está aprobado.</translation>
    </message>
    <message>
        <source>The terminal has not said what it can enroll yet; wait for its next poll.</source>
        <translation>El terminal aún no ha indicado qué puede inscribir; espere a su próxima consulta.</translation>
    </message>
    <message>
        <source>The terminal cannot enroll this.</source>
        <translation>El terminal no puede inscribir esto.</translation>
    </message>
    <message>
        <source>The enrollment has already ended.</source>
        <translation>La inscripción ya ha terminado.</translation>
    </message>
    <message>
        <source>&amp;Start enrollment</source>
        <translation>&amp;Iniciar inscripción</translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment</source>
        <translation>&amp;Cancelar inscripción</translation>
    </message>
    <message>
        <source>Copy to &amp;other terminals…</source>
        <translation>Copiar a &amp;otros terminales…</translation>
    </message>
    <message>
        <source>Enroll &amp;another…</source>
        <translation>Inscribir ot&amp;ro…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Enroll user %1</source>
        <translation>Inscribir al empleado %1</translation>
    </message>
    <message>
        <source>Choose the finger or the face, then the terminal the person stands at. The terminal opens its enrollment screen; a ✓ marks what is already enrolled.</source>
        <translation>Elija el dedo o el rostro y, después, el terminal en el que está la persona. El terminal abre su pantalla de inscripción; una ✓ marca lo que ya está inscrito.</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No approved terminal can enroll %1.</source>
        <translation>Ningún terminal aprobado puede inscribir %1.</translation>
    </message>
    <message>
        <source>Choose a finger or the face first.</source>
        <translation>Elija primero un dedo o el rostro.</translation>
    </message>
    <message>
        <source>place %1 on the reader 3 times</source>
        <translation>coloque %1 en el lector 3 veces</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>mire a la cámara</translation>
    </message>
    <message>
        <source>Waiting for user %1 at %2: %3.</source>
        <translation>Esperando al empleado %1 en %2: %3.</translation>
    </message>
    <message>
        <source>The enrollment can no longer be read from the database.</source>
        <translation>La inscripción ya no se puede leer de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Enrolled at %1: a %2-byte template.</source>
        <translation>✔ Inscrito en %1: una plantilla de %2 bytes.</translation>
    </message>
    <message>
        <source>⌛ Timed out: nothing was enrolled at %1 in time.</source>
        <translation>⌛ Tiempo agotado: no se inscribió nada en %1 a tiempo.</translation>
    </message>
    <message>
        <source>✖ %1 refused: %2 (%3)</source>
        <translation>✖ %1 rechazó la inscripción: %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled. The terminal&apos;s screen closes by itself; a finger given there now is still stored like any enrollment at the keypad.</source>
        <translation>Cancelada. La pantalla del terminal se cierra sola; un dedo que se registre allí ahora se guarda igualmente, como cualquier inscripción en el teclado.</translation>
    </message>
    <message>
        <source>✖ %1 did not answer the command.</source>
        <translation>✖ %1 no respondió a la orden.</translation>
    </message>
    <message>
        <source>✖ The command to %1 was cancelled on the Jobs page.</source>
        <translation>✖ La orden a %1 se canceló en la página Tareas.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollMenuForm</name>
    <message>
        <source>Unlocked: people can be enrolled at the keypad</source>
        <translation>Desbloqueada: se puede inscribir a personas en el teclado</translation>
    </message>
    <message>
        <source>Locked: people are enrolled from the console only</source>
        <translation>Bloqueada: solo se inscribe a personas desde la consola</translation>
    </message>
    <message>
        <source>Locks or unlocks the enrollment menu of the terminal&apos;s keypad. Users, punches and everything already enrolled stay as they are.</source>
        <translation>Bloquea o desbloquea el menú de inscripción del teclado del terminal. Los empleados, los fichajes y todo lo ya inscrito se mantienen tal como están.</translation>
    </message>
    <message>
        <source>&amp;Keypad enrollment:</source>
        <translation>&amp;Inscripción en el teclado:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ErasePersonDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes the fingerprints, face and palm templates, photo, card and password of &lt;b&gt;%1&lt;/b&gt; from Punchclock and disables them. It cannot be undone.&lt;/p&gt;&lt;p&gt;Their user id, name, department, punches and corrections stay: the hours already paid were calculated from them. Backups made before now still hold the removed data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto elimina de Punchclock las plantillas de huellas, rostro y palma, la foto, la tarjeta y la contraseña de &lt;b&gt;%1&lt;/b&gt;, y desactiva al empleado. No se puede deshacer.&lt;/p&gt;&lt;p&gt;Se conservan su ID de empleado, nombre, departamento, fichajes y correcciones: con ellos se calcularon las horas ya pagadas. Las copias de seguridad hechas hasta ahora siguen conteniendo los datos eliminados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also delete them from the terminals (none holds them)</source>
        <translation>Eliminarlo también de los terminales (ninguno lo tiene)</translation>
    </message>
    <message numerus="yes">
        <source>Also delete them from the %n terminal(s) that hold them</source>
        <translation>
            <numerusform>Eliminarlo también del %n terminal que lo tiene</numerusform>
            <numerusform>Eliminarlo también de los %n terminales que lo tienen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the user id, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Escriba el ID de empleado, &lt;b&gt;%1&lt;/b&gt;, para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FetchUserDialog</name>
    <message>
        <source>Fetch user from terminal</source>
        <translation>Obtener empleado del terminal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The terminal sends the user&apos;s name, photo and credentials at its next poll; they replace what is stored here for the credentials it has.</source>
        <translation>El terminal envía el nombre, la foto y las credenciales del empleado en su próxima consulta; sustituyen lo que hay guardado aquí para las credenciales que tenga.</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;ID de empleado:</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <source>No terminal to fetch from: a terminal appears here once it has contacted this PC.</source>
        <translation>No hay ningún terminal del que obtenerlo: un terminal aparece aquí cuando ha contactado con este PC.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FilePicker</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstAdministratorDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>From now on everyone signs in to this console with an operator account of their own, and every change records who made it. Choose the name and password of the first administrator, who can then add the others under Settings → Operators.</source>
        <translation>A partir de ahora, cada persona inicia sesión en esta consola con su propia cuenta de operador, y cada cambio registra quién lo hizo. Elija el nombre y la contraseña del primer administrador, que después podrá añadir a los demás en Ajustes → Operadores.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Crear administrador</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Punchclock</source>
        <translation>Bienvenido a Punchclock</translation>
    </message>
    <message>
        <source>Discard the setup?</source>
        <translation>¿Descartar la configuración?</translation>
    </message>
    <message>
        <source>What you entered is lost and Punchclock closes. It asks again at the next start.</source>
        <translation>Se perderá lo que ha introducido y Punchclock se cerrará. Volverá a preguntarlo en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Continue the setup</source>
        <translation>&amp;Continuar con la configuración</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::GettingStartedPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Start a simulated terminal</source>
        <translation>&amp;Iniciar un terminal simulado</translation>
    </message>
    <message>
        <source>Point your first terminal at this PC</source>
        <translation>Apunte su primer terminal a este PC</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the terminal, open &lt;b&gt;Menu → Comm&lt;/b&gt; (or &lt;b&gt;Network&lt;/b&gt;) &lt;b&gt;→ Server&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter one of the addresses below as the server address, and the port.&lt;/li&gt;&lt;li&gt;Save and wait a minute: the terminal appears here, waiting for your approval.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En el terminal, abra &lt;b&gt;Menu → Comm&lt;/b&gt; (o &lt;b&gt;Network&lt;/b&gt;) &lt;b&gt;→ Server&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Introduzca una de las direcciones de abajo como dirección del servidor, y el puerto.&lt;/li&gt;&lt;li&gt;Guarde y espere un minuto: el terminal aparecerá aquí, pendiente de aprobación.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copy the addresses and the port</source>
        <translation>Copiar las direcciones y el puerto</translation>
    </message>
    <message>
        <source>Runs a pretend terminal on this PC that punches every few seconds</source>
        <translation>Ejecuta en este PC un terminal ficticio que ficha cada pocos segundos</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>No terminal at hand? See how it works with a simulated one:</source>
        <translation>¿No tiene un terminal a mano? Vea cómo funciona con uno simulado:</translation>
    </message>
    <message>
        <source>No network connection found</source>
        <translation>No se encontró ninguna conexión de red</translation>
    </message>
    <message>
        <source>The server is not running: terminals cannot reach this PC.</source>
        <translation>El servidor no está en marcha: los terminales no pueden llegar a este PC.</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>El servidor no está en marcha: %1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Dirección del servidor: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Puerto: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HandPicker</name>
    <message>
        <source>Thumb</source>
        <translation>Pulgar</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Little</source>
        <translation>Meñique</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1, already enrolled</source>
        <translation>%1, ya inscrito</translation>
    </message>
    <message>
        <source>the face</source>
        <translation>el rostro</translation>
    </message>
    <message>
        <source>the right thumb</source>
        <translation>el pulgar derecho</translation>
    </message>
    <message>
        <source>the left thumb</source>
        <translation>el pulgar izquierdo</translation>
    </message>
    <message>
        <source>the right index finger</source>
        <translation>el índice derecho</translation>
    </message>
    <message>
        <source>the left index finger</source>
        <translation>el índice izquierdo</translation>
    </message>
    <message>
        <source>the right middle finger</source>
        <translation>el dedo medio derecho</translation>
    </message>
    <message>
        <source>the left middle finger</source>
        <translation>el dedo medio izquierdo</translation>
    </message>
    <message>
        <source>the right ring finger</source>
        <translation>el anular derecho</translation>
    </message>
    <message>
        <source>the left ring finger</source>
        <translation>el anular izquierdo</translation>
    </message>
    <message>
        <source>the right little finger</source>
        <translation>el meñique derecho</translation>
    </message>
    <message>
        <source>the left little finger</source>
        <translation>el meñique izquierdo</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HistoryDialog</name>
    <message>
        <source>The history could not be read from the database.</source>
        <translation>No se pudo leer el historial de la base de datos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee or terminal in a history&apos;s title: &quot;Ana Núñez (7)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing has been changed here through Punchclock since its audit trail began.</source>
        <translation>No se ha cambiado nada aquí a través de Punchclock desde que comenzó su registro de auditoría.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Every change to this employee through Punchclock, newest first: their record, department, credentials, schedule, leave, corrections of their punches and commands sent for them.</source>
        <translation>Todos los cambios de este empleado hechos a través de Punchclock, los más recientes primero: su ficha, departamento, credenciales, horario, ausencias, correcciones de sus fichajes y comandos enviados para él.</translation>
    </message>
    <message>
        <source>Every change to this terminal, newest first: approval, blocking, its address, and the commands sent to it.</source>
        <translation>Todos los cambios de este terminal, los más recientes primero: aprobación, bloqueo, su dirección y los comandos que se le enviaron.</translation>
    </message>
    <message>
        <source>History of %1 on %2</source>
        <extracomment>The history of one employee&apos;s day: &quot;Ana Núñez (7) on 02/03/2026&quot;</extracomment>
        <translation>Historial de %1, día %2</translation>
    </message>
    <message>
        <source>The corrections of this employee&apos;s punches that touched this day, newest first: punches added, voided or moved from or to it, and corrections revoked.</source>
        <translation>Las correcciones de los fichajes de este empleado que afectaron a este día, las más recientes primero: fichajes añadidos, anulados o movidos desde o hacia él, y correcciones revocadas.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HolidaysLeaveDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Holidays and leave</source>
        <translation>Festivos y ausencias</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Festivos</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Ausencias</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;ño:</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Añadir fe&amp;stivo</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>vacation</source>
        <translation>vacaciones</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>no retribuida</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>A&amp;dd leave</source>
        <translation>Añadir a&amp;usencia</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Qui&amp;tar…</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected day(s)?</source>
        <translation>
            <numerusform>¿Quitar %n día seleccionado?</numerusform>
            <numerusform>¿Quitar %n días seleccionados?</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no employees yet.</source>
        <translation>Aún no hay empleados.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ImportCredentialDialog</name>
    <message>
        <source>Import a credential for user %1</source>
        <translation>Importar una credencial para el empleado %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Send the user to the terminals holding it afterwards</source>
        <translation>&amp;Enviar después el empleado a los terminales que lo tienen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Credencial:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a credential file</source>
        <translation>Elegir un archivo de credencial</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than any credential (%1 bytes); choose the template file.</source>
        <translation>El archivo es mayor que cualquier credencial (%1 bytes); elija el archivo de plantilla.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Volver a enviar</translation>
    </message>
    <message>
        <source>Send the &amp;failed ones again</source>
        <translation>Volver a enviar los &amp;fallidos</translation>
    </message>
    <message>
        <source>Send the &amp;parked ones again</source>
        <translation>Volver a enviar los &amp;retenidos</translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation>&amp;Intentar ahora</translation>
    </message>
    <message>
        <source>Replay &amp;from…</source>
        <translation>Reenviar &amp;desde…</translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation>Seleccione primero un destino.</translation>
    </message>
    <message>
        <source>Change its address, secret, what it receives and how</source>
        <translation>Cambiar su dirección, su secreto, qué recibe y cómo</translation>
    </message>
    <message>
        <source>Remove it and the events queued for it</source>
        <translation>Quitarlo junto con los eventos en cola para él</translation>
    </message>
    <message>
        <source>Queue its events without sending them, until it is resumed</source>
        <translation>Poner en cola sus eventos sin enviarlos, hasta que se reanude</translation>
    </message>
    <message>
        <source>Send its events again as they are queued</source>
        <translation>Volver a enviar sus eventos según se ponen en cola</translation>
    </message>
    <message>
        <source>Nothing failed or is parked.</source>
        <translation>Nada ha fallado ni está retenido.</translation>
    </message>
    <message>
        <source>Set its failed and parked events pending again, and send them at once</source>
        <translation>Volver a dejar pendientes sus eventos fallidos y retenidos, y enviarlos enseguida</translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation>Nada ha fallado.</translation>
    </message>
    <message>
        <source>Set its failed events pending again</source>
        <translation>Volver a dejar pendientes sus eventos fallidos</translation>
    </message>
    <message>
        <source>Nothing is parked.</source>
        <translation>Nada está retenido.</translation>
    </message>
    <message>
        <source>Set its parked events pending again, once the other system knows the employees</source>
        <translation>Volver a dejar pendientes sus eventos retenidos, cuando el otro sistema ya conozca a los empleados</translation>
    </message>
    <message>
        <source>It is not waiting after failures.</source>
        <translation>No está esperando tras fallos.</translation>
    </message>
    <message>
        <source>End the wait after failures: it is tried again at once</source>
        <translation>Terminar la espera tras fallos: se vuelve a intentar enseguida</translation>
    </message>
    <message>
        <source>Queue again everything it receives from a day on, delivered or not</source>
        <translation>Volver a poner en cola todo lo que recibe desde un día, entregado o no</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the destinations, %2 the events waiting, %3 those failed or parked</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destino</numerusform>
            <numerusform>%n destinos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>%n evento en espera</numerusform>
            <numerusform>%n eventos en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or parked</source>
        <translation>
            <numerusform>%n fallido o retenido</numerusform>
            <numerusform>%n fallidos o retenidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Send punches to a webhook, to Frappe HR · ERPNext or to Odoo</source>
        <translation>Enviar fichajes a un webhook, a Frappe HR · ERPNext o a Odoo</translation>
    </message>
    <message>
        <source>No destination yet. Add one to send punches, as they arrive, to a webhook, to Frappe HR · ERPNext or to Odoo.</source>
        <translation>Aún no hay destinos. Añada uno para enviar los fichajes, según llegan, a un webhook, a Frappe HR · ERPNext o a Odoo.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobDetailsPane</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation>Enviada al terminal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Select a job to see its timeline, parameters and result.</source>
        <translation>Seleccione una tarea para ver su cronología, parámetros y resultado.</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Editar y enviar de nuevo…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <source>Queued by:</source>
        <translation>Puesta en cola por:</translation>
    </message>
    <message>
        <source>Return code:</source>
        <translation>Código de retorno:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>(no parameters)</source>
        <translation>(sin parámetros)</translation>
    </message>
    <message>
        <source>The whole user is read from the store when the terminal receives it.</source>
        <translation>El empleado completo se lee de lo guardado cuando el terminal lo recibe.</translation>
    </message>
    <message>
        <source>The user is read from the store when the terminal receives it, with the credentials terminal %1 holds.</source>
        <translation>El empleado se lee de lo guardado cuando el terminal lo recibe, con las credenciales que tiene el terminal %1.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Puesta en cola por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Trans. ID</source>
        <translation>ID de trans.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation>&amp;Nuevo comando…</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Queued or sent</source>
        <translation>En cola o enviadas</translation>
    </message>
    <message>
        <source>Failed or no answer</source>
        <translation>Fallidas o sin respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>Todos los comandos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;omando:</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos los terminales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed today</source>
        <translation>
            <numerusform>%n fallida hoy</numerusform>
            <numerusform>%n fallidas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>The job had already finished; nothing was cancelled.</source>
        <translation>La tarea ya había terminado; no se canceló nada.</translation>
    </message>
    <message>
        <source>The job no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>The database refused the change; the job was not cancelled.</source>
        <translation>La base de datos rechazó el cambio; la tarea no se canceló.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Editar y enviar de nuevo</translation>
    </message>
    <message>
        <source>Send &amp;command to this terminal…</source>
        <translation>Enviar &amp;comando a este terminal…</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Editar y enviar de nuevo…</translation>
    </message>
    <message>
        <source>Show &amp;routine jobs</source>
        <translation>Mostrar tareas &amp;rutinarias</translation>
    </message>
    <message>
        <source>Automatic clock syncs and status refreshes that went well. Those that fail are always shown.</source>
        <translation>Sincronizaciones automáticas del reloj y actualizaciones de estado que salieron bien. Las que fallan se muestran siempre.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadActivityDialog</name>
    <message>
        <source>&amp;Download from the terminal</source>
        <translation>&amp;Descargar del terminal</translation>
    </message>
    <message>
        <source>Keypad activity of %1</source>
        <translation>Actividad del teclado de %1</translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad (enrolments, deletions, settings), on the terminal&apos;s clock, as far as it has been downloaded. The terminal keeps this log itself: download it again to see what was done since.</source>
        <translation>Lo que los responsables hicieron en el teclado de este terminal (inscripciones, eliminaciones, ajustes), según el reloj del terminal y hasta donde se ha descargado. El terminal guarda este registro por sí mismo: descárguelo de nuevo para ver lo que se ha hecho desde entonces.</translation>
    </message>
    <message>
        <source>Keypad activity</source>
        <translation>Actividad del teclado</translation>
    </message>
    <message>
        <source>The keypad activity could not be read from the database.</source>
        <translation>No se pudo leer la actividad del teclado de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done at the keypad on these days, as far as has been downloaded.</source>
        <translation>No se hizo nada en el teclado en estos días, hasta donde se ha descargado.</translation>
    </message>
    <message>
        <source>Nothing downloaded yet: download the keypad activity from the terminal.</source>
        <translation>Aún no se ha descargado nada: descargue la actividad del teclado del terminal.</translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation>Apruebe primero el terminal: a los terminales no aprobados no se les envían comandos.</translation>
    </message>
    <message>
        <source>Ask the terminal for its whole keypad log at its next poll</source>
        <translation>Pide al terminal todo su registro del teclado en su próxima consulta</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadLogTableModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>On the terminal&apos;s clock; downloaded %1</source>
        <translation>Según el reloj del terminal; descargado: %1</translation>
    </message>
    <message>
        <source>Identified at the keypad by %1</source>
        <translation>Identificado en el teclado con %1</translation>
    </message>
    <message>
        <source>Record as the terminal sent it: %1</source>
        <translation>Registro tal como lo envió el terminal: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>User concerned</source>
        <translation>Empleado afectado</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LatenessChart</name>
    <message>
        <source>Late arrivals</source>
        <translation>Llegadas con retraso</translation>
    </message>
    <message numerus="yes">
        <source>Late arrivals per day, last %n days</source>
        <translation>
            <numerusform>Llegadas con retraso por día, último %n día</numerusform>
            <numerusform>Llegadas con retraso por día, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift is set up yet, so nobody can be late: set up shifts and who works them under Reports → Rules.</source>
        <translation>Aún no hay ningún turno, así que nadie puede llegar tarde: configure los turnos y quién los trabaja en Informes → Reglas.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockCover</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Punchclock is locked</source>
        <translation>Punchclock está bloqueado</translation>
    </message>
    <message>
        <source>Locked by %1 (%2). Type the password to go on where you left off.</source>
        <extracomment>%1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation>Bloqueado por %1 (%2). Escriba la contraseña para seguir donde lo dejó.</translation>
    </message>
    <message>
        <source>Sign in as &amp;another operator…</source>
        <translation>Iniciar sesión como &amp;otro operador…</translation>
    </message>
    <message>
        <source>Another operator signs in: the console goes on with their rights, on the pages as they were left.</source>
        <translation>Otro operador inicia sesión: la consola sigue con sus permisos, en las páginas tal como quedaron.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LogRangeForm</name>
    <message>
        <source>Pulls the punches stored on the terminal into the console. Punches already known are counted, not stored twice.</source>
        <translation>Descarga en la consola los fichajes guardados en el terminal. Los fichajes ya conocidos se cuentan, no se guardan dos veces.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Downloads what managers did at the terminal&apos;s keypad (enrolments, deletions, settings) into the terminal&apos;s Keypad activity. Actions already downloaded are not stored twice.</source>
        <translation>Descarga lo que los responsables hicieron en el teclado del terminal (inscripciones, eliminaciones, ajustes) en la Actividad del teclado del terminal. Las acciones ya descargadas no se guardan dos veces.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::MainWindow</name>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Search users and terminals… (Ctrl+F)</source>
        <translation>Buscar empleados y terminales… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Comandos</translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation>&amp;Nuevo comando…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Punchclock</source>
        <translation>&amp;Acerca de Punchclock</translation>
    </message>
    <message>
        <source>About Punchclock</source>
        <translation>Acerca de Punchclock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Punchclock %1&lt;/h3&gt;&lt;p&gt;Administration console and server for FK time-attendance terminals.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Punchclock %1&lt;/h3&gt;&lt;p&gt;Consola de administración y servidor para terminales de control de asistencia FK.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>the status bar: %1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NavigationList</name>
    <message numerus="yes">
        <source>%1, %n need attention</source>
        <translation>
            <numerusform>%1, %n requiere atención</numerusform>
            <numerusform>%1, %n requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NoParameterForm</name>
    <message>
        <source>Reads which users the terminal holds and records them in the console.</source>
        <translation>Lee qué empleados tiene el terminal y los registra en la consola.</translation>
    </message>
    <message>
        <source>Reads how many users, fingerprints, faces, cards and logs the terminal holds.</source>
        <translation>Lee cuántos empleados, huellas, rostros, tarjetas y registros tiene el terminal.</translation>
    </message>
    <message>
        <source>Restarts the terminal. Its clock, users and logs are kept; commands queued for it before the restart are ignored by the terminal.</source>
        <translation>Reinicia el terminal. Se conservan su reloj, empleados y registros; el terminal ignora los comandos puestos en cola para él antes del reinicio.</translation>
    </message>
    <message>
        <source>Deletes every punch stored on the terminal. Punches not yet pulled into the console are lost for good.</source>
        <translation>Elimina todos los fichajes guardados en el terminal. Los fichajes que aún no se han descargado en la consola se pierden para siempre.</translation>
    </message>
    <message>
        <source>Deletes every user, fingerprint, face, card and password on the terminal. Nobody can punch there until users are sent again.</source>
        <translation>Elimina todos los empleados, huellas, rostros, tarjetas y contraseñas del terminal. Nadie podrá fichar allí hasta que se vuelvan a enviar empleados.</translation>
    </message>
    <message>
        <source>T&amp;ype the terminal&apos;s name to confirm:</source>
        <translation>Escri&amp;ba el nombre del terminal para confirmar:</translation>
    </message>
    <message>
        <source>Choose the terminal first.</source>
        <translation>Elija primero el terminal.</translation>
    </message>
    <message>
        <source>Type “%1” to confirm.</source>
        <translation>Escriba “%1” para confirmar.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OdooFields</name>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>Remove se&amp;lected</source>
        <translation>Quitar &amp;seleccionadas</translation>
    </message>
    <message>
        <source>Odoo&apos;s version decides how Punchclock speaks to it: JSON-RPC up to Odoo 18, JSON-2 from Odoo 19</source>
        <translation>La versión de Odoo decide cómo le habla Punchclock: JSON-RPC hasta Odoo 18, JSON-2 desde Odoo 19</translation>
    </message>
    <message>
        <source>The name of the Odoo database, as chosen when signing in to Odoo (for Odoo Online, usually the name before .odoo.com)</source>
        <translation>El nombre de la base de datos de Odoo, tal como se elige al entrar en Odoo (en Odoo Online, normalmente el nombre antes de .odoo.com)</translation>
    </message>
    <message>
        <source>The number of the Odoo user the API key belongs to: open the user under Settings → Users in Odoo, it ends the page&apos;s address (2 is the first administrator)</source>
        <translation>El número del usuario de Odoo al que pertenece la clave de API: abra el usuario en Ajustes → Usuarios de Odoo; termina la dirección de la página (2 es el primer administrador)</translation>
    </message>
    <message>
        <source>Badge ID and PIN are on the employee&apos;s HR Settings tab in Odoo: enter there the user&apos;s number on the terminals. Or keep a table of the numbers here.</source>
        <translation>El ID de credencial y el PIN están en la pestaña Ajustes de RR. HH. del empleado en Odoo: escriba allí el número del usuario en los terminales. O lleve aquí una tabla de los números.</translation>
    </message>
    <message>
        <source>One row per employee: the number they have on the terminals, and their number in Odoo, which ends the address of the employee&apos;s page there.</source>
        <translation>Una fila por empleado: el número que tiene en los terminales y su número en Odoo, que termina la dirección de la página del empleado allí.</translation>
    </message>
    <message>
        <source>Terminal user</source>
        <translation>Usuario del terminal</translation>
    </message>
    <message>
        <source>Odoo employee</source>
        <translation>Empleado de Odoo</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Odoo &amp;version:</source>
        <translation>&amp;Versión de Odoo:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User number:</source>
        <translation>Número de &amp;usuario:</translation>
    </message>
    <message>
        <source>Employees &amp;found by:</source>
        <translation>Empleados &amp;encontrados por:</translation>
    </message>
    <message>
        <source>needed, e.g. prod</source>
        <translation>obligatorio, p. ej. prod</translation>
    </message>
    <message>
        <source>only if the server holds several</source>
        <translation>solo si el servidor tiene varias</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OpenDoorForm</name>
    <message>
        <source>Opens the door the terminal&apos;s lock controls, as soon as the terminal receives the command. Only for terminals wired to a lock; most drive door 1. It is sent once: a terminal that does not answer is not asked again later.</source>
        <translation>Abre la puerta que controla la cerradura del terminal en cuanto el terminal recibe el comando. Solo para terminales conectados a una cerradura; la mayoría controlan la puerta 1. Se envía una sola vez: a un terminal que no responde no se le vuelve a pedir más tarde.</translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation>&amp;Puerta:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation>Añadir operador</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;All departments</source>
        <translation>&amp;Todos los departamentos</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Solo estos:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Departamentos:</translation>
    </message>
    <message>
        <source>Choose at least one department, or all of them.</source>
        <translation>Elija al menos un departamento, o todos.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorTableModel</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorsSection</name>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>A&amp;dd operator…</source>
        <translation>Aña&amp;dir operador…</translation>
    </message>
    <message>
        <source>R&amp;ole and departments…</source>
        <translation>R&amp;ol y departamentos…</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Restablecer con&amp;traseña…</translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own; what each may do depends on the role, and every change they make is recorded under their name.</source>
        <translation>Cada persona inicia sesión en la consola con su propia cuenta; lo que puede hacer depende de su rol, y cada cambio que hace queda registrado con su nombre.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>De&amp;sactivar</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The role of %1 is changed; it applies at their next sign-in.</source>
        <translation>Se ha cambiado el rol de %1; se aplica en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation>Desactivar operador</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; what they did stays recorded under their name.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión; lo que hizo sigue registrado con su nombre.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 vuelve a estar activado.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Se ha restablecido la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OutboxEventModel</name>
    <message>
        <source>Delivered at %1</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>The password %1 signs in with from now on.</source>
        <translation>La contraseña con la que %1 inicia sesión a partir de ahora.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1, who signs in with it from now on. Tell it to them in person.</source>
        <translation>Una contraseña nueva para %1, que iniciará sesión con ella a partir de ahora. Comuníquesela en persona.</translation>
    </message>
    <message>
        <source>P&amp;resent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollExportButton</name>
    <message>
        <source>Pa&amp;yroll</source>
        <translation>&amp;Nómina</translation>
    </message>
    <message>
        <source>Export one row per employee for the period, for the payroll program</source>
        <translation>Exportar una fila por empleado para el periodo, para el programa de nóminas</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>The payroll profile: which columns, under which headers, and how hours and dates are written</source>
        <translation>El perfil de nómina: qué columnas, con qué encabezados y cómo se escriben las horas y las fechas</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Eliminar perfil…</translation>
    </message>
    <message>
        <source>Payroll profiles</source>
        <translation>Perfiles de nómina</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Tipo de ausencia</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Encabezado en el archivo</translation>
    </message>
    <message>
        <source>Hours and minutes (7:30)</source>
        <translation>Horas y minutos (7:30)</translation>
    </message>
    <message>
        <source>Decimal hours (7.50)</source>
        <translation>Horas decimales (7.50)</translation>
    </message>
    <message>
        <source>Point (7.50)</source>
        <translation>Punto (7.50)</translation>
    </message>
    <message>
        <source>Comma (7,50)</source>
        <translation>Coma (7,50)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>places:</source>
        <extracomment>Before the number of decimal places of decimal hours</extracomment>
        <translation>decimales:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Fields separated by:</source>
        <translation>Campos separados por:</translation>
    </message>
    <message>
        <source>Remove payroll profile</source>
        <translation>Eliminar perfil de nómina</translation>
    </message>
    <message>
        <source>Remove the payroll profile “%1”? Exports choose another one then.</source>
        <translation>¿Eliminar el perfil de nómina «%1»? Las exportaciones tendrán que elegir otro.</translation>
    </message>
    <message>
        <source>The saved profile “%1” cannot be used: %2</source>
        <extracomment>%1 a saved profile&apos;s name, %2 why it cannot be used</extracomment>
        <translation>El perfil guardado «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>As leave is entered: vacation, sick, … Empty: every kind.</source>
        <translation>Tal como se anota la ausencia: vacaciones, baja, … Vacío: todos los tipos.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodChangeDialog</name>
    <message>
        <source>Close a period</source>
        <translation>Cerrar un periodo</translation>
    </message>
    <message>
        <source>Reopen a period</source>
        <translation>Reabrir un periodo</translation>
    </message>
    <message>
        <source>Required: why, e.g. “payroll March handed to the accountant”</source>
        <translation>Obligatorio: el motivo, p. ej. “nómina de marzo entregada al gestor”</translation>
    </message>
    <message>
        <source>Required: why, e.g. “a forgotten leave day must be entered”</source>
        <translation>Obligatorio: el motivo, p. ej. “hay que registrar un día de ausencia olvidado”</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>C&amp;lose period…</source>
        <translation>Ce&amp;rrar periodo…</translation>
    </message>
    <message>
        <source>Re&amp;open period…</source>
        <translation>Re&amp;abrir periodo…</translation>
    </message>
    <message>
        <source>Close %1?

Its results become final: corrections of punches and changes to shifts, schedules, holidays and leave that touch its days are refused, and it keeps the attendance settings in force now. Punches that arrive for its days from now on are kept and listed, but not counted. A manager can reopen it, with a reason.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation>¿Cerrar %1?

Sus resultados pasan a ser definitivos: se rechazan las correcciones de fichajes y los cambios de turnos, horarios, festivos y ausencias que afecten a sus días, y conserva los ajustes de asistencia vigentes ahora. Los fichajes de sus días que lleguen a partir de ahora se guardan y se muestran, pero no se cuentan. Un responsable puede reabrirlo indicando un motivo.</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, it is calculated with the attendance settings in force now, and the %n punch(es) that arrived after it was closed count. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days; %n punches that arrived after it was closed</extracomment>
        <translation>
            <numerusform>¿Reabrir %1?

Sus resultados pueden volver a cambiar: se aceptan las correcciones y los cambios de reglas que afecten a sus días, se calcula con los ajustes de asistencia vigentes ahora y cuenta el %n fichaje que llegó después del cierre. Los informes ya entregados pueden dejar de coincidir.</numerusform>
            <numerusform>¿Reabrir %1?

Sus resultados pueden volver a cambiar: se aceptan las correcciones y los cambios de reglas que afecten a sus días, se calcula con los ajustes de asistencia vigentes ahora y cuentan los %n fichajes que llegaron después del cierre. Los informes ya entregados pueden dejar de coincidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, and it is calculated with the attendance settings in force now. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation>¿Reabrir %1?

Sus resultados pueden volver a cambiar: se aceptan las correcciones y los cambios de reglas que afecten a sus días, y se calcula con los ajustes de asistencia vigentes ahora. Los informes ya entregados pueden dejar de coincidir.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodsDialog</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation>Periodos cerrados</translation>
    </message>
    <message>
        <source>A closed period&apos;s results are final, as signed off: corrections and rule changes that touch its days are refused, it keeps the attendance settings it was closed with, and punches that arrive for it afterwards are kept but not counted.</source>
        <translation>Los resultados de un periodo cerrado son definitivos, tal como se aprobaron: se rechazan las correcciones y los cambios de reglas que afecten a sus días, conserva los ajustes de asistencia con los que se cerró, y los fichajes que lleguen después para él se guardan pero no se cuentan.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Punch time</source>
        <translation>Hora del fichaje</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Cuenta desde</translation>
    </message>
    <message>
        <source>Punches that arrived after the period was closed</source>
        <translation>Fichajes que llegaron después de cerrarse el periodo</translation>
    </message>
    <message>
        <source>No period has been closed yet.</source>
        <translation>Aún no se ha cerrado ningún periodo.</translation>
    </message>
    <message>
        <source>Select a period to see the punches that arrived after it was closed.</source>
        <translation>Seleccione un periodo para ver los fichajes que llegaron después de su cierre.</translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed: kept, not counted in it.</source>
        <translation>
            <numerusform>%n fichaje de sus días llegó después del cierre: se guarda, pero no cuenta en él.</numerusform>
            <numerusform>%n fichajes de sus días llegaron después del cierre: se guardan, pero no cuentan en él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed; they count since it was reopened.</source>
        <translation>
            <numerusform>%n fichaje de sus días llegó después del cierre; cuenta desde que se reabrió.</numerusform>
            <numerusform>%n fichajes de sus días llegaron después del cierre; cuentan desde que se reabrió.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Close a &amp;period…</source>
        <translation>Cerrar un &amp;periodo…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PrivacySection</name>
    <message>
        <source>Biometric privacy</source>
        <translation>Privacidad biométrica</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>0: keep</source>
        <translation>0: conservar</translation>
    </message>
    <message>
        <source>Re&amp;move the biometrics of inactive people after:</source>
        <translation>Eliminar los datos &amp;biométricos de personas inactivas tras:</translation>
    </message>
    <message>
        <source>Once a day, Punchclock removes the fingerprints, face, palms, photo and punch photos of anyone disabled, or on no terminal, for this long. Their card and password are kept, and so are their name and punches, which their pay was calculated from. The Dashboard says in advance who will be purged. 0 keeps everything.</source>
        <translation>Una vez al día, Punchclock elimina las huellas, el rostro, las palmas, la foto y las fotos de fichajes de quien lleve este tiempo desactivado o sin estar en ningún terminal. Se conservan su tarjeta y su contraseña, así como su nombre y sus fichajes, con los que se calculó su salario. El Panel indica con antelación de quién se eliminarán. 0 lo conserva todo.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PullLogsDialog</name>
    <message>
        <source>Pull logs from %1</source>
        <translation>Descargar registros de %1</translation>
    </message>
    <message>
        <source>New logs since the last pull</source>
        <translation>Registros nuevos desde la última descarga</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Everything the terminal holds</source>
        <translation>Todo lo que tiene el terminal</translation>
    </message>
    <message>
        <source>Days from … to …</source>
        <translation>Días del … al …</translation>
    </message>
    <message>
        <source>&amp;Pull logs</source>
        <translation>&amp;Descargar registros</translation>
    </message>
    <message>
        <source>Logs already stored are recognised and not counted twice.</source>
        <translation>Los registros ya guardados se reconocen y no se cuentan dos veces.</translation>
    </message>
    <message>
        <source>&amp;Which logs:</source>
        <translation>&amp;Qué registros:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchDetailsPane</name>
    <message>
        <source>Select a punch to see it here.</source>
        <translation>Seleccione un fichaje para verlo aquí.</translation>
    </message>
    <message>
        <source>As the terminal&apos;s clock recorded it</source>
        <translation>Tal como lo registró el reloj del terminal</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Empleado:</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <source>In/Out:</source>
        <translation>Entrada/Salida:</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>Verificado por:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Llegó:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Guardado:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>This punch could not be read from the database.</source>
        <translation>No se pudo leer este fichaje de la base de datos.</translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation>ID %1, no está en la lista de empleados</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (io mode %2)</source>
        <translation>%1 (modo E/S %2)</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <source>%1 (verify mode %2)</source>
        <translation>%1 (modo de verificación %2)</translation>
    </message>
    <message>
        <source>Pulled from the terminal&apos;s log</source>
        <translation>Descargado del registro del terminal</translation>
    </message>
    <message>
        <source>Sent live by the terminal</source>
        <translation>Enviado en directo por el terminal</translation>
    </message>
    <message numerus="yes">
        <source>%1; sent again %n time(s)</source>
        <translation>
            <numerusform>%1; reenviado %n vez</numerusform>
            <numerusform>%1; reenviado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>The terminal&apos;s photo could not be read.</source>
        <translation>No se pudo leer la foto del terminal.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>F&amp;lagged only</source>
        <translation>Solo &amp;marcados</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nombre o ID</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Entrada y salida</translation>
    </message>
    <message>
        <source>Punches from terminals waiting for approval, or with an implausible clock</source>
        <translation>Fichajes de terminales pendientes de aprobación o con un reloj inverosímil</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>&amp;Verificado por:</translation>
    </message>
    <message>
        <source>I&amp;n/Out:</source>
        <translation>E&amp;ntrada/Salida:</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos los terminales</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Empleado: %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Verified by: %1</source>
        <translation>Verificado por: %1</translation>
    </message>
    <message>
        <source>In/Out: %1</source>
        <translation>Entrada/Salida: %1</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Solo marcados</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchTableModel</name>
    <message>
        <source>Terminal clock: %1</source>
        <translation>Reloj del terminal: %1</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>ID de empleado %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Punches are in time order; click Time to reverse it. The other columns do not sort.</source>
        <translation>Los fichajes están en orden cronológico; haga clic en Hora para invertirlo. Las demás columnas no se ordenan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrada/Salida</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchesPage</name>
    <message>
        <source>Punches</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the punches matching the filters as a CSV file (Ctrl+E)</source>
        <translation>Guardar como archivo CSV los fichajes que cumplen los filtros (Ctrl+E)</translation>
    </message>
    <message>
        <source>Some punches could not be read from the database. Press F5 to try again.</source>
        <translation>Algunos fichajes no se pudieron leer de la base de datos. Pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Punches could not be counted</source>
        <translation>No se pudieron contar los fichajes</translation>
    </message>
    <message numerus="yes">
        <source>%n punches</source>
        <translation>
            <numerusform>%n fichaje</numerusform>
            <numerusform>%n fichajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export punches</source>
        <translation>Exportar fichajes</translation>
    </message>
    <message>
        <source>punches.csv</source>
        <translation>punches.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting punches…</source>
        <translation>Exportando fichajes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The punches could not be exported: reading the database or writing %1 failed.</source>
        <translation>No se pudieron exportar los fichajes: falló la lectura de la base de datos o la escritura de %1.</translation>
    </message>
    <message>
        <source>&amp;History of this day…</source>
        <translation>&amp;Historial de este día…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RangeSpinBox</name>
    <message>
        <source>%1–%2</source>
        <extracomment>a range of whole numbers, e.g. &quot;1–65535&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>A whole number from %1</source>
        <translation>Un número entero en el rango %1</translation>
    </message>
    <message>
        <source>%1 is outside %2; the field keeps %3.</source>
        <extracomment>%1 what was typed, %2 the range, e.g. &quot;1–65535&quot;, %3 the value kept</extracomment>
        <translation>%1 está fuera del rango %2; el campo conserva %3.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReadyPage</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Start a &amp;simulated terminal</source>
        <translation>Iniciar un terminal &amp;simulado</translation>
    </message>
    <message>
        <source>Punchclock is ready for your terminals</source>
        <translation>Punchclock está listo para sus terminales</translation>
    </message>
    <message>
        <source>On each terminal, open the menu Comm (or Network) → Server and enter:</source>
        <translation>En cada terminal, abra el menú Comm (o Network) → Server e introduzca:</translation>
    </message>
    <message>
        <source>Switch the terminal&apos;s server mode on, save, and leave the menu: the terminal waits while its menu is open. It appears in Punchclock within a minute; approve it on the Dashboard.</source>
        <translation>Active el modo servidor del terminal, guarde y salga del menú: el terminal espera mientras su menú está abierto. Aparecerá en Punchclock en menos de un minuto; apruébelo en el Panel.</translation>
    </message>
    <message>
        <source>No terminal at hand? A simulated one sends punches like a real one.</source>
        <translation>¿No tiene un terminal a mano? Uno simulado envía fichajes como uno real.</translation>
    </message>
    <message>
        <source>Server address %1   Port %2</source>
        <translation>Dirección del servidor %1   Puerto %2</translation>
    </message>
    <message>
        <source>Port %1 (this PC has no network address right now: connect it to the network)</source>
        <translation>Puerto %1 (este PC no tiene ahora ninguna dirección de red: conéctelo a la red)</translation>
    </message>
    <message>
        <source>A simulated terminal is running. Finish to open the console: its punches appear on the Dashboard within seconds.</source>
        <translation>Hay un terminal simulado en marcha. Finalice para abrir la consola: sus fichajes aparecerán en el Panel en unos segundos.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RecentPunchModel</name>
    <message>
        <source>User ID %1</source>
        <translation>ID de empleado %1</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrada/Salida</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>%1 (punched %2)</source>
        <translation>%1 (fichado: %2)</translation>
    </message>
    <message>
        <source>Arrived %1; the terminal&apos;s clock said %2</source>
        <translation>Recibido: %1; el reloj del terminal marcaba %2</translation>
    </message>
    <message>
        <source>ID %1, name not fetched yet</source>
        <translation>ID %1, nombre aún sin obtener</translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation>ID %1, no está en la lista de empleados</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RenameTerminalDialog</name>
    <message>
        <source>Rename terminal %1</source>
        <translation>Renombrar el terminal %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Shown on the terminal&apos;s screen. English letters, digits and punctuation only.</source>
        <translation>Se muestra en la pantalla del terminal. Solo letras inglesas, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReplayFromDialog</name>
    <message>
        <source>Send again to %1</source>
        <translation>Volver a enviar a %1</translation>
    </message>
    <message>
        <source>Everything %1 receives from this day on is queued again, delivered or not: punches by their time, corrections and changes of employees by when they were made. A receiver that keeps events by their id counts none twice.</source>
        <translation>Todo lo que %1 recibe desde este día se vuelve a poner en cola, entregado o no: los fichajes por su hora, las correcciones y los cambios de empleados por cuándo se hicieron. Un receptor que guarda los eventos por su id no cuenta ninguno dos veces.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>&amp;Volver a poner en cola</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Repor&amp;t:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>E&amp;mpleado:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Todos los empleados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee in the filter: name and user id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Empleado: %1</translation>
    </message>
    <message>
        <source>%1 (no user record)</source>
        <extracomment>An employee in the filter known only from punches</extracomment>
        <translation>%1 (sin ficha de empleado)</translation>
    </message>
    <message>
        <source>All my departments</source>
        <extracomment>An account of some departments: &quot;all&quot; are all of theirs</extracomment>
        <translation>Todos mis departamentos</translation>
    </message>
    <message>
        <source>All my employees</source>
        <translation>Todos mis empleados</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportRulesButton</name>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Shifts…</source>
        <translation>&amp;Turnos…</translation>
    </message>
    <message>
        <source>&amp;Weekly schedules…</source>
        <translation>&amp;Horarios semanales…</translation>
    </message>
    <message>
        <source>&amp;Holidays and leave…</source>
        <translation>&amp;Festivos y ausencias…</translation>
    </message>
    <message>
        <source>&amp;Corrections of punches…</source>
        <translation>&amp;Correcciones de fichajes…</translation>
    </message>
    <message>
        <source>&amp;Attendance settings…</source>
        <translation>Ajustes de &amp;asistencia…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A report total in the preview: column name and its sum, &quot;Worked 160:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Calculate the report (Ctrl+Enter)</source>
        <translation>Calcular el informe (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Stop calculating or exporting (Esc)</source>
        <translation>Detener el cálculo o la exportación (Esc)</translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from</source>
        <translation>Haga doble clic en un día para ver los fichajes con los que se calculó</translation>
    </message>
    <message>
        <source>Pick a report and a period, then Preview.</source>
        <translation>Elija un informe y un periodo, y luego pulse Vista previa.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %n fila</numerusform>
            <numerusform>%1 · %2 · %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report for this period and filter.</source>
        <translation>No hay nada que mostrar para este periodo y filtro.</translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from.</source>
        <translation>Haga doble clic en un día para ver los fichajes con los que se calculó.</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Suggested export file name: report title, first and last day</extracomment>
        <translation>%1 %2 a %3</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation>No se pudo exportar el informe: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Per&amp;iods…</source>
        <translation>Periodo&amp;s…</translation>
    </message>
    <message>
        <source>Close a period once its results are signed off, reopen it, and see the punches that arrived after it was closed</source>
        <translation>Cerrar un periodo cuando sus resultados estén aprobados, reabrirlo y ver los fichajes que llegaron después del cierre</translation>
    </message>
    <message>
        <source>Payroll %1 %2 to %3</source>
        <extracomment>Suggested payroll export file name: the profile&apos;s name, first and last day</extracomment>
        <translation>Nómina %1 %2 a %3</translation>
    </message>
    <message>
        <source>Exporting payroll…</source>
        <translation>Exportando la nómina…</translation>
    </message>
    <message>
        <source>The payroll export could not be written: %1</source>
        <translation>No se pudo escribir la exportación de nómina: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) exported to %1</source>
        <translation>
            <numerusform>%n empleado exportado a %1</numerusform>
            <numerusform>%n empleados exportados a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadButton</name>
    <message>
        <source>Download users from terminals…</source>
        <translation>Descargar empleados de los terminales…</translation>
    </message>
    <message>
        <source>Read every user of every approved terminal: name, privilege, card, password, photo and templates</source>
        <translation>Leer todos los empleados de todos los terminales aprobados: nombre, privilegio, tarjeta, contraseña, foto y plantillas</translation>
    </message>
    <message>
        <source>No terminal is approved yet: approve one on the Terminals page first.</source>
        <translation>Todavía no hay ningún terminal aprobado: apruebe primero uno en la página Terminales.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadDialog</name>
    <message>
        <source>Download users</source>
        <translation>Descargar empleados</translation>
    </message>
    <message>
        <source>Each terminal sends its list of users, then every user&apos;s name, privilege, card, password, photo and templates, a few users per poll. Stop asks for no more users; those already read are kept.</source>
        <translation>Cada terminal envía su lista de empleados y después el nombre, el privilegio, la tarjeta, la contraseña, la foto y las plantillas de cada empleado, unos pocos empleados por consulta. Detener no pide más empleados; se conservan los ya leídos.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the list of users failed: %2</source>
        <translation>%1: falló la lista de empleados: %2</translation>
    </message>
    <message>
        <source>%1: waiting for the list of users…</source>
        <translation>%1: esperando la lista de empleados…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 users</source>
        <translation>%1: %2 de %3 empleados</translation>
    </message>
    <message>
        <source>%1: users fetched: %2 of %3</source>
        <translation>%1: empleados obtenidos: %2 de %3</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>empleado %1 (%2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallidos: %1</translation>
    </message>
    <message>
        <source>not fetched, stopped: %1</source>
        <translation>no obtenidos al detener: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RuleHistoryTable</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of who changed a rule: name and when</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (in force today)</source>
        <extracomment>Tooltip of the version of a rule that applies today: %1 its first day</extracomment>
        <translation>%1 (vigente hoy)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SchedulesDialog</name>
    <message>
        <source>Weekly schedules</source>
        <translation>Horarios semanales</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Empleado: %1</translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation>&amp;Guardar semana</translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts first.</source>
        <translation>Aún no hay turnos: créelos primero en Reglas → Turnos.</translation>
    </message>
    <message>
        <source>This employee follows the week below, not the department&apos;s.</source>
        <translation>Este empleado sigue la semana de abajo, no la del departamento.</translation>
    </message>
    <message>
        <source>This employee follows their department&apos;s week (below). Save to give them their own.</source>
        <translation>Este empleado sigue la semana de su departamento (abajo). Guarde para darle una propia.</translation>
    </message>
    <message>
        <source>There is no department or employee to plan for yet.</source>
        <translation>Todavía no hay ningún departamento ni empleado que planificar.</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <source>Follows the department</source>
        <translation>Sigue al departamento</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of weekdays in a week&apos;s summary: &quot;Mon–Fri&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Days and what they plan in a week&apos;s summary: &quot;Mon–Fri Day&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Schedules through time</source>
        <translation>Horarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>From %1 this employee follows the week below, not the department&apos;s.</source>
        <extracomment>%1 the first day of the employee&apos;s own week</extracomment>
        <translation>Desde el %1, este empleado sigue la semana de abajo, no la del departamento.</translation>
    </message>
    <message>
        <source>No week planned yet: nothing is expected of its employees until one is saved.</source>
        <translation>Aún no hay ninguna semana planificada: no se espera nada de sus empleados hasta que se guarde una.</translation>
    </message>
    <message>
        <source>No schedule from %1: nothing is expected of its employees from then on.</source>
        <translation>Sin horario desde el %1: a partir de entonces no se espera nada de sus empleados.</translation>
    </message>
    <message>
        <source>No schedule: nothing is expected of its employees.</source>
        <translation>Sin horario: no se espera nada de sus empleados.</translation>
    </message>
    <message>
        <source>&amp;Follow the department from %1</source>
        <translation>&amp;Seguir al departamento desde el %1</translation>
    </message>
    <message>
        <source>&amp;Follow the department from the start</source>
        <translation>&amp;Seguir al departamento desde el principio</translation>
    </message>
    <message>
        <source>&amp;No schedule from %1</source>
        <translation>Si&amp;n horario desde el %1</translation>
    </message>
    <message>
        <source>&amp;No schedule from the start</source>
        <translation>Si&amp;n horario desde el principio</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n schedule(s) from %2 on. Replace them?</source>
        <translation>
            <numerusform>%1 tiene %n horario a partir del %2. ¿Sustituirlo?</numerusform>
            <numerusform>%1 tiene %n horarios a partir del %2. ¿Sustituirlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace every schedule of %1 from the start?

Every day ever counted is calculated again with this one. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>¿Sustituir todos los horarios de %1 desde el principio?

Todos los días ya contados se vuelven a calcular con este. Úselo para corregir un error; un cambio desde una fecha deja los días anteriores como estaban.</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Cambiar horario</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Aplicable desde:</translation>
    </message>
    <message>
        <source>Whole site (the default)</source>
        <translation>Todo el sitio (predeterminado)</translation>
    </message>
    <message>
        <source>The week of every employee who has no week of their own and whose department has none.</source>
        <translation>La semana de todos los empleados que no tienen una semana propia y cuyo departamento tampoco la tiene.</translation>
    </message>
    <message>
        <source>No week of its own yet: its employees follow the site&apos;s week until one is saved.</source>
        <translation>Aún no tiene una semana propia: sus empleados siguen la semana del sitio hasta que se guarde una.</translation>
    </message>
    <message>
        <source>No week of its own from %1: its employees follow the site&apos;s week from then on.</source>
        <extracomment>%1 the day the department&apos;s schedule ended</extracomment>
        <translation>Sin semana propia desde el %1: a partir de entonces sus empleados siguen la semana del sitio.</translation>
    </message>
    <message>
        <source>No week of its own: its employees follow the site&apos;s week.</source>
        <translation>Sin semana propia: sus empleados siguen la semana del sitio.</translation>
    </message>
    <message>
        <source>&amp;No default from %1</source>
        <translation>Si&amp;n semana predeterminada desde el %1</translation>
    </message>
    <message>
        <source>&amp;No default from the start</source>
        <translation>Si&amp;n semana predeterminada desde el principio</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressDialog</name>
    <message>
        <source>Restart the terminal afterwards, so that it uses the new address</source>
        <translation>Reiniciar después el terminal para que use la nueva dirección</translation>
    </message>
    <message>
        <source>Set the server address of %1</source>
        <translation>Configurar la dirección del servidor de %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Afterwards the terminal talks only to this address. A wrong address cuts it off until someone changes it on the terminal itself.</source>
        <translation>Después, el terminal solo se comunicará con esta dirección. Una dirección incorrecta lo deja desconectado hasta que alguien la cambie en el propio terminal.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressForm</name>
    <message>
        <source>Tells the terminal which server to talk to. It takes effect after the terminal restarts; from then on it talks only to the new address, so a wrong one loses the terminal until it is fixed on its own keypad.</source>
        <translation>Indica al terminal con qué servidor debe comunicarse. Surte efecto cuando el terminal se reinicia; a partir de entonces solo se comunica con la nueva dirección, así que una incorrecta deja el terminal perdido hasta que se corrija en su propio teclado.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerPortPage</name>
    <message>
        <source>How will terminals reach this PC?</source>
        <translation>¿Cómo llegarán los terminales a este PC?</translation>
    </message>
    <message>
        <source>Terminals send their punches to this PC&apos;s network address and a port. Keep the suggested port unless another program uses it.</source>
        <translation>Los terminales envían sus fichajes a la dirección de red de este PC y a un puerto. Mantenga el puerto sugerido, salvo que otro programa lo use.</translation>
    </message>
    <message>
        <source>Every network connection of this PC</source>
        <translation>Todas las conexiones de red de este PC</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port %1 is free.</source>
        <translation>El puerto %1 está libre.</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port, or close the program that uses it.</source>
        <translation>No se puede usar el puerto %1: %2. Elija otro puerto o cierre el programa que lo usa.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerSection</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Apply and restart server</source>
        <translation>&amp;Aplicar y reiniciar el servidor</translation>
    </message>
    <message>
        <source>All network interfaces</source>
        <translation>Todas las interfaces de red</translation>
    </message>
    <message>
        <source>%1 (this PC only)</source>
        <translation>%1 (solo este PC)</translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation>Dirección personalizada…</translation>
    </message>
    <message>
        <source>IP address of this PC, e.g. 192.168.1.20</source>
        <translation>Dirección IP de este PC, p. ej. 192.168.1.20</translation>
    </message>
    <message>
        <source>Listen on a&amp;ddress:</source>
        <translation>Escuchar en la &amp;dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Terminals must be set to this PC&apos;s address and this port (on the terminal: Comm / Network → Server). Changing the port means changing every terminal.</source>
        <translation>Los terminales deben configurarse con la dirección de este PC y este puerto (en el terminal: Comm / Network → Server). Cambiar el puerto implica cambiar todos los terminales.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>No está en marcha: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>No está en marcha</translation>
    </message>
    <message>
        <source>Type the IP address to listen on.</source>
        <translation>Escriba la dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1” no es una dirección IP.</translation>
    </message>
    <message>
        <source>This window runs without a terminal server.</source>
        <translation>Esta ventana funciona sin servidor de terminales.</translation>
    </message>
    <message>
        <source>Port %1 on %2 cannot be used: %3. The server keeps running as before.</source>
        <translation>No se puede usar el puerto %1 en %2: %3. El servidor sigue funcionando como antes.</translation>
    </message>
    <message>
        <source>The server could not start on %1: %2. It runs on the old address again.</source>
        <translation>El servidor no pudo iniciarse en %1: %2. Vuelve a funcionar en la dirección anterior.</translation>
    </message>
    <message>
        <source>The server could not start on %1: %2</source>
        <translation>El servidor no pudo iniciarse en %1: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SetTimeForm</name>
    <message>
        <source>Sets the terminal&apos;s clock to the site&apos;s time. The time is taken at the moment the terminal receives the command, so a terminal that polls late is not set late.</source>
        <translation>Ajusta el reloj del terminal a la hora del sitio. La hora se toma en el momento en que el terminal recibe el comando, así que un terminal que consulta tarde no queda atrasado.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Every change is saved at once and used by the server within 2 seconds.</source>
        <translation>Cada cambio se guarda al instante y el servidor lo aplica en 2 segundos.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Approve new &amp;terminals automatically</source>
        <translation>Aprobar automáticamente los &amp;terminales nuevos</translation>
    </message>
    <message>
        <source>Off: a terminal that contacts this PC for the first time waits on the Terminals page until you approve it. Its punches are kept and marked meanwhile, and it gets no commands. On: every terminal that reaches this port is trusted at once; use it only on a network you control.</source>
        <translation>Desactivado: un terminal que contacta con este PC por primera vez espera en la página Terminales hasta que usted lo apruebe. Mientras tanto, sus fichajes se conservan y se marcan, y no recibe comandos. Activado: se confía al instante en todo terminal que llegue a este puerto; úselo solo en una red que usted controle.</translation>
    </message>
    <message>
        <source>Site time zone</source>
        <translation>Zona horaria del sitio</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Where the terminals are. Used to tell how far each terminal&apos;s clock is off and to spot punches with impossible times; punch times themselves are kept as the terminal wrote them.</source>
        <translation>Dónde están los terminales. Sirve para saber cuánto se desvía el reloj de cada terminal y para detectar fichajes con horas imposibles; las horas de los fichajes se conservan tal como las escribió el terminal.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Set terminal &amp;clocks that drift</source>
        <translation>Ajustar los &amp;relojes de terminal con desfase</translation>
    </message>
    <message>
        <source>&amp;Give up on a command after:</source>
        <translation>&amp;Abandonar un comando tras:</translation>
    </message>
    <message>
        <source>When off by more t&amp;han:</source>
        <translation>Si el desfase supera &amp;los:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Used from the next start of Punchclock.</source>
        <translation>Se aplica a partir del próximo inicio de Punchclock.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Pick one from the list, such as %2.</source>
        <translation>“%1” no es una zona horaria. Elija una de la lista, como %2.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock the console &amp;after:</source>
        <translation>Bloquear la consola &amp;tras:</translation>
    </message>
    <message>
        <source>Without keyboard or mouse use for this long, the console hides what it shows and asks for the password again (Ctrl+L locks it at once). Pages stay as they were left.</source>
        <translation>Si no se usa el teclado ni el ratón durante este tiempo, la consola oculta lo que muestra y vuelve a pedir la contraseña (Ctrl+L la bloquea al instante). Las páginas se quedan como estaban.</translation>
    </message>
    <message>
        <source>&amp;Verify each change to a user by reading it back from the terminal</source>
        <translation>&amp;Verificar cada cambio de un empleado leyéndolo de nuevo del terminal</translation>
    </message>
    <message>
        <source>Remote enrollment waits &amp;up to:</source>
        <translation>La inscripción remota espera &amp;hasta:</translation>
    </message>
    <message>
        <source>A command sent to a terminal and not answered in this time ends as “No answer”. Clocks are set at most once every 15 minutes per terminal. Some terminals answer OK to a change they ignored: read back, it shows as “Not applied”. A remote enrollment waits this long for the finger or face once the terminal has opened its enrollment screen.</source>
        <translation>Una orden enviada a un terminal que no se responde en este tiempo termina como «Sin respuesta». Los relojes se ajustan como mucho una vez cada 15 minutos por terminal. Algunos terminales responden OK a un cambio que ignoraron: al leerlo de nuevo, aparece como «No aplicada». Una inscripción remota espera este tiempo el dedo o la cara una vez que el terminal ha abierto su pantalla de inscripción.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ShiftsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>Sin redondeo</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>Redondear hacia abajo</translation>
    </message>
    <message>
        <source>Round to nearest</source>
        <translation>Redondear al más cercano</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>Redondear hacia arriba</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Save shift</source>
        <translation>&amp;Guardar turno</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation>&amp;Retraso después de:</translation>
    </message>
    <message>
        <source>Early lea&amp;ve before:</source>
        <translation>Salida anticipada ante&amp;s de:</translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation>&amp;Pausa:</translation>
    </message>
    <message>
        <source>Break only after &amp;working:</source>
        <translation>Pausa solo tras &amp;trabajar:</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>Re&amp;dondeo:</translation>
    </message>
    <message>
        <source>Rounding s&amp;tep:</source>
        <translation>Inter&amp;valo de redondeo:</translation>
    </message>
    <message>
        <source>&amp;Overtime counts from:</source>
        <translation>&amp;Horas extra a partir de:</translation>
    </message>
    <message>
        <source>&amp;Day change:</source>
        <translation>&amp;Cambio de día:</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>A shift in the list: name, start and end</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>Eliminar turno</translation>
    </message>
    <message>
        <source>Delete the shift “%1”? Reports will no longer use it.</source>
        <translation>¿Eliminar el turno “%1”? Los informes dejarán de usarlo.</translation>
    </message>
    <message>
        <source>Punches after midnight and before this time count for the previous day&apos;s shift. One nearer the start of the new day&apos;s shift stays with the new day, unless it is the departure the previous day still lacks. 00:00 moves nothing; a night shift needs a time between its end and its start.</source>
        <translation>Los fichajes después de medianoche y antes de esta hora cuentan para el turno del día anterior. Uno más cercano al inicio del turno del nuevo día se queda en el nuevo día, salvo que sea la salida que aún le falta al día anterior. 00:00 no mueve nada; un turno de noche necesita una hora entre su fin y su inicio.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A shift&apos;s definition in its history: start and end</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, break %2 min after %3 min worked, late after %4 min, early leave before %5 min, overtime from %6 min, day change %7</source>
        <extracomment>Tooltip of a shift&apos;s definition in its history</extracomment>
        <translation>%1, pausa de %2 min tras %3 min trabajados, retraso después de %4 min, salida anticipada antes de %5 min, horas extra a partir de %6 min, cambio de día %7</translation>
    </message>
    <message>
        <source>Definitions through time</source>
        <translation>Definiciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Aplicable desde:</translation>
    </message>
    <message numerus="yes">
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it, and its %n later definition(s) are dropped. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>
            <numerusform>¿Aplicar esta definición de “%1” desde el principio?

Todos los días ya contados con este turno se vuelven a calcular con ella, y se descarta su %n definición posterior. Úselo para corregir un error; un cambio desde una fecha deja los días anteriores como estaban.</numerusform>
            <numerusform>¿Aplicar esta definición de “%1” desde el principio?

Todos los días ya contados con este turno se vuelven a calcular con ella, y se descartan sus %n definiciones posteriores. Úselo para corregir un error; un cambio desde una fecha deja los días anteriores como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>¿Aplicar esta definición de “%1” desde el principio?

Todos los días ya contados con este turno se vuelven a calcular con ella. Úselo para corregir un error; un cambio desde una fecha deja los días anteriores como estaban.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n definition(s) from %2 on. Replace them with this one?</source>
        <translation>
            <numerusform>“%1” tiene %n definición a partir del %2. ¿Sustituirla por esta?</numerusform>
            <numerusform>“%1” tiene %n definiciones a partir del %2. ¿Sustituirlas por esta?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation>Cambiar turno</translation>
    </message>
    <message>
        <source>An arrival this many minutes after the start is not yet late.</source>
        <translation>Una llegada hasta estos minutos después del inicio aún no cuenta como retraso.</translation>
    </message>
    <message>
        <source>A departure this many minutes before the end is not yet early.</source>
        <translation>Una salida hasta estos minutos antes del fin aún no cuenta como salida anticipada.</translation>
    </message>
    <message>
        <source>Minutes taken off each day&apos;s worked time for the break.</source>
        <translation>Minutos que se descuentan del tiempo trabajado de cada día por la pausa.</translation>
    </message>
    <message>
        <source>The break is taken off only days worked longer than this; 0: every day.</source>
        <translation>La pausa solo se descuenta los días en que se trabaja más que esto; 0: todos los días.</translation>
    </message>
    <message>
        <source>Whether punch times are rounded before worked time is counted.</source>
        <translation>Si las horas de fichaje se redondean antes de contar el tiempo trabajado.</translation>
    </message>
    <message>
        <source>Punch times are rounded to a multiple of this many minutes.</source>
        <translation>Las horas de fichaje se redondean a un múltiplo de estos minutos.</translation>
    </message>
    <message>
        <source>Work beyond the plan counts as overtime once it exceeds this many minutes.</source>
        <translation>El trabajo por encima de lo previsto cuenta como horas extra cuando supera estos minutos.</translation>
    </message>
    <message>
        <source>Punches after midnight and before this time belong to the previous day&apos;s shift.</source>
        <translation>Los fichajes después de medianoche y antes de esta hora pertenecen al turno del día anterior.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Punchclock</source>
        <translation>Iniciar sesión en Punchclock</translation>
    </message>
    <message>
        <source>Sign in with your Punchclock operator account. The terminal server goes on receiving punches meanwhile.</source>
        <translation>Inicie sesión con su cuenta de operador de Punchclock. Mientras tanto, el servidor de terminales sigue recibiendo fichajes.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SimulatorLauncher</name>
    <message>
        <source>The simulator program (%1) is not installed next to the console.</source>
        <translation>El programa simulador (%1) no está instalado junto a la consola.</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>No se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <source>The simulator stopped working: %1</source>
        <translation>El simulador dejó de funcionar: %1</translation>
    </message>
    <message>
        <source>The simulator crashed.</source>
        <translation>El simulador se bloqueó.</translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1.</source>
        <translation>El simulador terminó con el código de salida %1.</translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1: %2</source>
        <translation>El simulador terminó con el código de salida %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The simulated terminal got no answer from the server at %1 within %n seconds and was stopped.</source>
        <translation>
            <numerusform>El terminal simulado no recibió respuesta del servidor en %1 durante %n segundo y se detuvo.</numerusform>
            <numerusform>El terminal simulado no recibió respuesta del servidor en %1 durante %n segundos y se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulated terminal cannot reach the server at %1 (%2) and was stopped.</source>
        <translation>El terminal simulado no puede llegar al servidor en %1 (%2) y se detuvo.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SitePolicyPage</name>
    <message>
        <source>&amp;Ask me before a new terminal may deliver (recommended)</source>
        <translation>&amp;Preguntarme antes de que un terminal nuevo pueda entregar fichajes (recomendado)</translation>
    </message>
    <message>
        <source>Accept every new terminal &amp;automatically</source>
        <translation>Aceptar &amp;automáticamente todos los terminales nuevos</translation>
    </message>
    <message>
        <source>Time zone and new terminals</source>
        <translation>Zona horaria y terminales nuevos</translation>
    </message>
    <message>
        <source>Terminals report local clock times; the time zone tells Punchclock which. A terminal heard for the first time can wait for your approval: its punches are kept, marked, and it gets no commands until you approve it.</source>
        <translation>Los terminales informan de horas del reloj local; la zona horaria le indica a Punchclock cuál. Un terminal que se comunica por primera vez puede quedar pendiente de aprobación: sus fichajes se conservan y se marcan, y no recibe comandos hasta que usted lo apruebe.</translation>
    </message>
    <message>
        <source>Site &amp;time zone:</source>
        <translation>&amp;Zona horaria del sitio:</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Iniciar servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this PC knows. Pick one from the list.</source>
        <translation>&quot;%1&quot; no es una zona horaria que este PC conozca. Elija una de la lista.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalAccessSection</name>
    <message>
        <source>Terminal access</source>
        <translation>Acceso de los terminales</translation>
    </message>
    <message>
        <source>Any address; or networks such as 192.168.1.0/24, 10.0.0.0/8</source>
        <translation>Cualquier dirección; o redes como 192.168.1.0/24, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Allowed &amp;networks:</source>
        <translation>Redes p&amp;ermitidas:</translation>
    </message>
    <message>
        <source>New terminals that ma&amp;y wait per address:</source>
        <translation>Terminales n&amp;uevos que pueden esperar por dirección:</translation>
    </message>
    <message>
        <source>Requests from other networks are refused and nothing of them is stored; separate networks with commas, and add 127.0.0.1 while a simulated terminal runs on this PC. A new terminal beyond the counts waiting for approval is refused until you approve or block some (0: none may wait). With automatic approval on, the counts do not apply.</source>
        <translation>Las solicitudes desde otras redes se rechazan y no se guarda nada de ellas; separe las redes con comas y añada 127.0.0.1 mientras se ejecute un terminal simulado en este PC. Un terminal nuevo que supere los límites de terminales pendientes de aprobación se rechaza hasta que usted apruebe o bloquee alguno (0: ninguno puede esperar). Con la aprobación automática activada, los límites no se aplican.</translation>
    </message>
    <message>
        <source>Not saved, not a network: %1. Write ADDRESS/PREFIX, such as 192.168.1.0/24 or fd00::/8; a single address is one host.</source>
        <translation>No se ha guardado, no es una red: %1. Escriba DIRECCIÓN/PREFIJO, como 192.168.1.0/24 o fd00::/8; una dirección sola es un único equipo.</translation>
    </message>
    <message>
        <source>New terminals that may wait &amp;in total:</source>
        <translation>Terminales nuevos &amp;que pueden esperar en total:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalDetailsPane</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Select a terminal to see everything known about it.</source>
        <translation>Seleccione un terminal para ver todo lo que se sabe de él.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Tareas en cola</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalo de consulta</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>unos %n s</numerusform>
            <numerusform>unos %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Counted offline after</source>
        <translation>Se considera sin conexión tras</translation>
    </message>
    <message numerus="yes">
        <source>%n s of silence</source>
        <translation>
            <numerusform>%n s de silencio</numerusform>
            <numerusform>%n s de silencio</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Terminal clock at the last poll</source>
        <translation>Reloj del terminal en la última consulta</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>Firmware (fk_info)</source>
        <translation>Firmware (fk_info)</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Archivo de firmware</translation>
    </message>
    <message>
        <source>Record library</source>
        <translation>Biblioteca de registros</translation>
    </message>
    <message>
        <source>Supported enroll data</source>
        <translation>Datos de inscripción compatibles</translation>
    </message>
    <message>
        <source>Fingerprint template version</source>
        <translation>Versión de plantilla de huella</translation>
    </message>
    <message>
        <source>Face template version</source>
        <translation>Versión de plantilla de rostro</translation>
    </message>
    <message>
        <source>Palm vein template version</source>
        <translation>Versión de plantilla de vena de la palma</translation>
    </message>
    <message>
        <source>Restart command sent as</source>
        <translation>Comando de reinicio enviado como</translation>
    </message>
    <message>
        <source>Counts (GET_DEVICE_STATUS)</source>
        <translation>Recuentos (GET_DEVICE_STATUS)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informados</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Rostros</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Huellas</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 (pinned: requests from elsewhere are refused)</source>
        <translation>%1 (fijada: se rechazan las solicitudes desde otras direcciones)</translation>
    </message>
    <message>
        <source>Address before</source>
        <translation>Dirección anterior</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <extracomment>%1 the address a terminal talked from before, %2 when it changed</extracomment>
        <translation>%1, hasta el %2</translation>
    </message>
    <message>
        <source>Keypad activity: who enrolled or deleted whom at its keypad…</source>
        <translation>Actividad del teclado: quién inscribió o eliminó a quién en su teclado…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalJobBanner</name>
    <message>
        <source>Failed: %1 on %2: %3.</source>
        <translation>Falló: %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>Hecho: %1 en %2.</translation>
    </message>
    <message>
        <source>Done: %1 on %2: %3.</source>
        <translation>Hecho: %1 en %2: %3.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalNameForm</name>
    <message>
        <source>Renames the terminal. Terminals accept English letters, digits and punctuation, up to %1 characters.</source>
        <translation>Renombra el terminal. Los terminales aceptan letras inglesas, dígitos y signos de puntuación, hasta %1 caracteres.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPicker</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Choose a terminal…</source>
        <translation>Elija un terminal…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPickerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Read the user from:</source>
        <translation>&amp;Leer el empleado de:</translation>
    </message>
    <message>
        <source>&amp;Terminals:</source>
        <translation>&amp;Terminales:</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline: the job waits for its next poll</source>
        <translation>Sin conexión: la tarea espera a su próxima consulta</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No terminal holds this user yet: fetch it from a terminal first.</source>
        <translation>Ningún terminal tiene todavía este empleado: obténgalo primero de un terminal.</translation>
    </message>
    <message>
        <source>Tick at least one terminal.</source>
        <translation>Marque al menos un terminal.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalTableModel</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Last heard from at %1</source>
        <translation>Última señal a las %1</translation>
    </message>
    <message>
        <source>As the terminal reported at %1</source>
        <translation>Según informó el terminal a las %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Rostros</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Dedos</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Record library</source>
        <translation>Biblioteca de registros</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Tareas en cola</translation>
    </message>
    <message>
        <source>Terminal clock %1 (site time) at the last poll, %2 s from this site&apos;s clock</source>
        <translation>Reloj del terminal: %1 (hora del sitio) en la última consulta, a %2 s del reloj de este sitio</translation>
    </message>
    <message>
        <source>Not known yet: asked for at its next poll once the terminal is approved, or use Get status</source>
        <translation>Aún no se sabe: se pide en su próxima consulta una vez aprobado el terminal, o use Obtener estado</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalsPage</name>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Send &amp;command…</source>
        <translation>Enviar &amp;comando…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>Sync &amp;time</source>
        <translation>Sincronizar &amp;hora</translation>
    </message>
    <message>
        <source>Get &amp;status</source>
        <translation>Obtener &amp;estado</translation>
    </message>
    <message>
        <source>Pull &amp;logs…</source>
        <translation>&amp;Descargar registros…</translation>
    </message>
    <message>
        <source>Pull &amp;user list</source>
        <translation>Descargar &amp;lista de empleados</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Set server a&amp;ddress…</source>
        <translation>C&amp;onfigurar dirección del servidor…</translation>
    </message>
    <message>
        <source>Clear all &amp;logs…</source>
        <translation>Borrar todos los re&amp;gistros…</translation>
    </message>
    <message>
        <source>Clear all &amp;enrollments…</source>
        <translation>Borrar todas las &amp;inscripciones…</translation>
    </message>
    <message>
        <source>&amp;Danger</source>
        <translation>&amp;Peligro</translation>
    </message>
    <message>
        <source>Select a terminal first.</source>
        <translation>Seleccione primero un terminal.</translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation>Apruebe primero el terminal: a los terminales no aprobados no se les envían comandos.</translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet: see the Dashboard for how to connect one.</source>
        <translation>Ningún terminal ha contactado todavía con este PC: consulte en el Panel cómo conectar uno.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 online, %n waiting for approval</source>
        <translation>
            <numerusform>%1 de %2 en línea, %n pendiente de aprobación</numerusform>
            <numerusform>%1 de %2 en línea, %n pendientes de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 de %2 en línea</translation>
    </message>
    <message>
        <source>New terminals are approved automatically. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation>Los terminales nuevos se aprueban automáticamente. &lt;a href=&quot;settings&quot;&gt;Cambiar en Ajustes&lt;/a&gt;</translation>
    </message>
    <message>
        <source>New terminals wait for your approval. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation>Los terminales nuevos quedan pendientes de aprobación. &lt;a href=&quot;settings&quot;&gt;Cambiar en Ajustes&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the command builder for the selected terminal</source>
        <translation>Abre el editor de comandos para el terminal seleccionado</translation>
    </message>
    <message>
        <source>&amp;Pin to its address</source>
        <translation>&amp;Fijar a su dirección</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Hi&amp;storial…</translation>
    </message>
    <message>
        <source>Refuse requests with this terminal&apos;s ID from any address but %1</source>
        <translation>Rechazar las solicitudes con el ID de este terminal desde cualquier dirección que no sea %1</translation>
    </message>
    <message>
        <source>The terminal has not talked to this server yet.</source>
        <translation>El terminal aún no se ha comunicado con este servidor.</translation>
    </message>
    <message>
        <source>Who approved, blocked or pinned this terminal, and who sent it commands</source>
        <translation>Quién aprobó, bloqueó o fijó este terminal, y quién le envió comandos</translation>
    </message>
    <message>
        <source>&amp;Keypad activity…</source>
        <translation>Actividad del &amp;teclado…</translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad: enrolments, deletions, settings</source>
        <translation>Lo que los responsables hicieron en el teclado de este terminal: inscripciones, eliminaciones, ajustes</translation>
    </message>
    <message>
        <source>&amp;Download users…</source>
        <translation>Descargar e&amp;mpleados…</translation>
    </message>
    <message>
        <source>Select one terminal: this acts on one at a time.</source>
        <translation>Seleccione un solo terminal: esto actúa sobre uno cada vez.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n terminal(s).</source>
        <translation>
            <numerusform>En cola para %n terminal.</numerusform>
            <numerusform>En cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several employees</source>
        <translation>Varios empleados</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Movido.</translation>
    </message>
    <message>
        <source>Set department</source>
        <translation>Asignar departamento</translation>
    </message>
    <message>
        <source>Follows the department&apos;s week.</source>
        <translation>Sigue la semana del departamento.</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>Semana guardada.</translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation>Asignar horario</translation>
    </message>
    <message numerus="yes">
        <source>Send %n employee(s)</source>
        <translation>
            <numerusform>Enviar %n empleado</numerusform>
            <numerusform>Enviar %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is sent as stored here, with photo and credentials; it replaces them on each terminal ticked.</source>
        <translation>Cada empleado se envía tal como está guardado aquí, con su foto y sus credenciales, y sustituye a lo que haya en cada terminal marcado.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n employee(s)</source>
        <translation>
            <numerusform>&amp;Enviar %n empleado</numerusform>
            <numerusform>&amp;Enviar %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to terminals</source>
        <translation>Enviar a terminales</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n employee(s)</source>
        <translation>
            <numerusform>Copiar %n empleado</numerusform>
            <numerusform>Copiar %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation>Cada empleado se lee de un terminal, con todo lo inscrito en él, y después se escribe en cada terminal marcado.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n employee(s)</source>
        <translation>
            <numerusform>&amp;Copiar %n empleado</numerusform>
            <numerusform>&amp;Copiar %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on %1: nothing to copy from there.</source>
        <translation>No está en %1: no hay nada que copiar desde allí.</translation>
    </message>
    <message>
        <source>Copy between terminals</source>
        <translation>Copiar entre terminales</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n employee(s)?</source>
        <translation>
            <numerusform>¿Desactivar %n empleado?</numerusform>
            <numerusform>¿Desactivar %n empleados?</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation>A partir de ahora, los terminales que los tienen rechazan sus fichajes, y desde hoy los informes no esperan trabajo suyo. Se conservan sus huellas, tarjetas y rostros: Activar les permite volver a fichar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n employee(s)</source>
        <translation>
            <numerusform>&amp;Desactivar %n empleado</numerusform>
            <numerusform>&amp;Desactivar %n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>Desactivado; en cola para %n terminal.</numerusform>
            <numerusform>Desactivado; en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n employee(s) from every terminal holding them?</source>
        <translation>
            <numerusform>¿Quitar %n empleado de todos los terminales que lo tienen?</numerusform>
            <numerusform>¿Quitar %n empleados de todos los terminales que los tienen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals delete them with their fingerprints, face, card and password. They stay stored on this PC and can be sent again.</source>
        <translation>Los terminales los eliminan junto con sus huellas, rostro, tarjeta y contraseña. Siguen guardados en este PC y se pueden volver a enviar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n employee(s)</source>
        <translation>
            <numerusform>&amp;Quitar %n empleado</numerusform>
            <numerusform>&amp;Quitar %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>On no terminal: nothing to remove.</source>
        <translation>No está en ningún terminal: no hay nada que quitar.</translation>
    </message>
    <message numerus="yes">
        <source>Removal queued for %n terminal(s).</source>
        <translation>
            <numerusform>Eliminación en cola para %n terminal.</numerusform>
            <numerusform>Eliminación en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not for the others: %2</source>
        <extracomment>%1 &quot;Removal queued for 1 terminal.&quot;, %2 why not for the others</extracomment>
        <translation>%1 Para los demás, no: %2</translation>
    </message>
    <message>
        <source>Remove from terminals</source>
        <translation>Quitar de terminales</translation>
    </message>
    <message numerus="yes">
        <source>Export the personal data of %n employee(s)</source>
        <translation>
            <numerusform>Exportar los datos personales de %n empleado</numerusform>
            <numerusform>Exportar los datos personales de %n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>Se ha escrito %n archivo.</numerusform>
            <numerusform>Se han escrito %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data to %1</source>
        <translation>Exportar datos personales a %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkDepartmentDialog</name>
    <message>
        <source>Set department</source>
        <translation>Asignar departamento</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n employee(s)</source>
        <translation>
            <numerusform>&amp;Mover %n empleado</numerusform>
            <numerusform>&amp;Mover %n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n selected employee(s) &amp;to:</source>
        <translation>
            <numerusform>Mover %n empleado seleccionado &amp;a:</numerusform>
            <numerusform>Mover %n empleados seleccionados &amp;a:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkResultDialog</name>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n employee(s).</source>
        <translation>
            <numerusform>Hecho para %n empleado.</numerusform>
            <numerusform>Hecho para los %n empleados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done for any of the %n employee(s): see why below.</source>
        <translation>
            <numerusform>No se ha hecho para %n empleado: vea el motivo abajo.</numerusform>
            <numerusform>No se ha hecho para ninguno de los %n empleados: vea el motivo abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for %1; not for %2: see why below.</source>
        <extracomment>%1 &quot;3 employees&quot;, %2 &quot;1 employee&quot;</extracomment>
        <translation>Hecho para %1; no para %2: vea el motivo abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkScheduleDialog</name>
    <message>
        <source>&amp;Follow their department&apos;s week</source>
        <translation>&amp;Seguir la semana de su departamento</translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation>Asignar horario</translation>
    </message>
    <message>
        <source>This &amp;week of their own:</source>
        <translation>Esta semana &amp;propia:</translation>
    </message>
    <message>
        <source>An employee without a week of their own follows their department&apos;s week, or the site&apos;s where the department has none.</source>
        <translation>Un empleado sin semana propia sigue la semana de su departamento o, si el departamento no tiene, la del sitio.</translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts to plan a week of their own.</source>
        <translation>Aún no hay turnos: créelos en Reglas → Turnos para planificar una semana propia.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n selected</source>
        <translation>
            <numerusform>&amp;Aplicar a %n seleccionado</numerusform>
            <numerusform>&amp;Aplicar a %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Aplicable &amp;desde:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserCommandForm</name>
    <message>
        <source>Deletes the user and all their credentials from the terminal. The console keeps its own copy.</source>
        <translation>Elimina del terminal al empleado y todas sus credenciales. La consola conserva su propia copia.</translation>
    </message>
    <message>
        <source>Reads the user with name, privilege, photo and every credential into the console.</source>
        <translation>Lee en la consola el empleado con su nombre, privilegio, foto y todas sus credenciales.</translation>
    </message>
    <message>
        <source>Renames the user on the terminal and in the console.</source>
        <translation>Cambia el nombre del empleado en el terminal y en la consola.</translation>
    </message>
    <message>
        <source>Changes what the user may do on the terminal.</source>
        <translation>Cambia lo que el empleado puede hacer en el terminal.</translation>
    </message>
    <message>
        <source>Reads one credential of the user into the console.</source>
        <translation>Lee en la consola una credencial del empleado.</translation>
    </message>
    <message>
        <source>Sends one credential to the terminal: a template file, or for a password or card a file holding its digits.</source>
        <translation>Envía una credencial al terminal: un archivo de plantilla o, para una contraseña o tarjeta, un archivo con sus dígitos.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>&amp;Privilegio:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Credencial:</translation>
    </message>
    <message>
        <source>Credential data (*)</source>
        <translation>Datos de credencial (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Not in the console&apos;s store</source>
        <translation>No está guardado en la consola</translation>
    </message>
    <message>
        <source>No name stored</source>
        <translation>No hay nombre guardado</translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation>Pulse Intro para leer primero este archivo.</translation>
    </message>
    <message>
        <source>Lets the user punch on this terminal, or refuses them at its keypad. Their templates stay on the terminal. To disable a leaver everywhere and stop expecting them in the reports, use Disable on the Users page.</source>
        <translation>Permite al empleado fichar en este terminal o lo rechaza en su teclado. Sus plantillas se quedan en el terminal. Para desactivar en todas partes a alguien que deja la empresa y dejar de esperarlo en los informes, use Desactivar en la página Empleados.</translation>
    </message>
    <message>
        <source>Enabled: may punch</source>
        <translation>Activado: puede fichar</translation>
    </message>
    <message>
        <source>Disabled: refused at the keypad</source>
        <translation>Desactivado: rechazado en el teclado</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>E&amp;stado:</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserDetailsPane</name>
    <message>
        <source>Select a user to see its credentials, the terminals holding it and what changed.</source>
        <translation>Seleccione un empleado para ver sus credenciales, los terminales que lo tienen y lo que ha cambiado.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>From terminal</source>
        <translation>Del terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Remo&amp;ve from this terminal</source>
        <translation>&amp;Quitar de este terminal</translation>
    </message>
    <message>
        <source>Fetch from this termina&amp;l</source>
        <translation>Obtener de este termina&amp;l</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Credenciales</translation>
    </message>
    <message>
        <source>&amp;Terminals holding this user</source>
        <translation>&amp;Terminales que tienen este empleado</translation>
    </message>
    <message>
        <source>Histor&amp;y of credential changes</source>
        <translation>Histo&amp;rial de cambios de credenciales</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>User ID %1 · %2 · %3 · %4</source>
        <translation>ID de empleado %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <source>May clock in</source>
        <translation>Puede fichar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>introducido aquí</translation>
    </message>
    <message>
        <source>backup_number %1</source>
        <translation>backup_number %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>Disabled from %1 by %2: refused at the terminals, nothing expected in the reports</source>
        <extracomment>%1 the date from which the reports expect no work of them, %2 who disabled them</extracomment>
        <translation>Desactivado desde el %1 por %2: rechazado en los terminales, nada previsto en los informes</translation>
    </message>
    <message>
        <source>Enr&amp;oll at a terminal…</source>
        <translation>&amp;Inscribir en un terminal…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditActions</name>
    <message>
        <source>User %1 saved. Send it to terminals to let it clock in there.</source>
        <translation>Empleado %1 guardado. Envíelo a los terminales para que pueda fichar allí.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Empleado %1 guardado.</translation>
    </message>
    <message numerus="yes">
        <source>User %1 saved and queued for %n terminal(s).</source>
        <translation>
            <numerusform>Empleado %1 guardado y en cola para %n terminal.</numerusform>
            <numerusform>Empleado %1 guardado y en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation>Renombrar empleado</translation>
    </message>
    <message>
        <source>New name of user %1, on every terminal holding it:</source>
        <translation>Nombre nuevo del empleado %1, en todos los terminales que lo tienen:</translation>
    </message>
    <message>
        <source>User %1 renamed here; no terminal holds it.</source>
        <translation>Empleado %1 renombrado aquí; ningún terminal lo tiene.</translation>
    </message>
    <message numerus="yes">
        <source>Rename of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Cambio de nombre del empleado %1 en cola para %n terminal.</numerusform>
            <numerusform>Cambio de nombre del empleado %1 en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change privilege</source>
        <translation>Cambiar privilegio</translation>
    </message>
    <message>
        <source>Privilege of user %1 on every terminal holding it:</source>
        <translation>Privilegio del empleado %1 en todos los terminales que lo tienen:</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>La base de datos rechazó el cambio; no se puso nada en cola.</translation>
    </message>
    <message numerus="yes">
        <source>Privilege of user %1 set to %2; queued for %n terminal(s).</source>
        <translation>
            <numerusform>Privilegio del empleado %1 cambiado a %2; en cola para %n terminal.</numerusform>
            <numerusform>Privilegio del empleado %1 cambiado a %2; en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>El empleado %1 no está guardado en este PC.</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 solo conserva el primer carácter (%n) de un nombre.</numerusform>
            <numerusform>%1 solo conserva los primeros %n caracteres de un nombre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir empleado</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Editar empleado %1</translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation>p. ej. 1024</translation>
    </message>
    <message>
        <source>1 to 24 letters (A–Z), digits or underscores; what the terminal shows as the user number</source>
        <translation>De 1 a 24 letras (A–Z), dígitos o guiones bajos; lo que el terminal muestra como número de empleado</translation>
    </message>
    <message numerus="yes">
        <source>Some terminals show only the first %n characters</source>
        <translation>
            <numerusform>Algunos terminales solo muestran el primer carácter (%n)</numerusform>
            <numerusform>Algunos terminales solo muestran los primeros %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;May clock in</source>
        <translation>Puede &amp;fichar</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>Elegir f&amp;oto…</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation>&amp;Quitar foto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to the %n terminal(s) holding this user</source>
        <translation>
            <numerusform>&amp;Enviar al %n terminal que tiene este empleado</numerusform>
            <numerusform>&amp;Enviar a los %n terminales que tienen este empleado</numerusform>
        </translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>&amp;ID de empleado:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>&amp;Privilegio:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>Número de &amp;tarjeta:</translation>
    </message>
    <message>
        <source>This file is not a picture this program can read.</source>
        <translation>Este archivo no es una imagen que este programa pueda leer.</translation>
    </message>
    <message>
        <source>The photo could not be converted to JPEG.</source>
        <translation>No se pudo convertir la foto a JPEG.</translation>
    </message>
    <message>
        <source>The photo stays larger than %1 KB even when compressed; choose a simpler picture.</source>
        <translation>La foto sigue ocupando más de %1 KB incluso comprimida; elija una imagen más sencilla.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 bytes</source>
        <translation>%1 × %2 píxeles, %3 bytes</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>User %1 already exists; edit it instead.</source>
        <translation>El empleado %1 ya existe; edítelo en su lugar.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>La base de datos rechazó el cambio; no se guardó nada.</translation>
    </message>
    <message>
        <source>Digits only; empty for none</source>
        <translation>Solo dígitos; vacío si no hay</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserInfoForm</name>
    <message>
        <source>&amp;Enabled: may punch on the terminal</source>
        <translation>&amp;Activado: puede fichar en el terminal</translation>
    </message>
    <message>
        <source>Include the stored p&amp;hoto</source>
        <translation>Incluir la f&amp;oto guardada</translation>
    </message>
    <message>
        <source>Digits; empty for none</source>
        <translation>Dígitos; vacío si no tiene</translation>
    </message>
    <message>
        <source>Card number; empty for none</source>
        <translation>Número de tarjeta; vacío si no tiene</translation>
    </message>
    <message>
        <source>Replaces the whole user on the terminal: credentials not included are deleted there. The console&apos;s store keeps exactly what is sent.</source>
        <translation>Sustituye al empleado completo en el terminal: allí se eliminan las credenciales no incluidas. La consola guarda exactamente lo que se envía.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>&amp;Privilegio:</translation>
    </message>
    <message>
        <source>Credent&amp;ials:</source>
        <translation>Credenc&amp;iales:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Tarjeta:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>A picture sent instead of the stored photo: scaled to %1 pixels and sent as a JPEG of at most %2 KB</source>
        <translation>Una imagen que se envía en lugar de la foto guardada: se escala a %1 píxeles y se envía como JPEG de %2 KB como máximo</translation>
    </message>
    <message>
        <source>Photo &amp;from a file:</source>
        <translation>Foto &amp;desde un archivo:</translation>
    </message>
    <message>
        <source>This file is %1; a photo may be at most %2.</source>
        <translation>Este archivo ocupa %1; una foto puede ocupar como máximo %2.</translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation>Pulse Intro para leer primero este archivo.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPicker</name>
    <message>
        <source>User id, or type a name to search</source>
        <translation>ID de empleado, o escriba un nombre para buscar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User id: “%1” is a name. Choose the person from the suggestions to fill in their id.</source>
        <translation>ID de empleado: «%1» es un nombre. Elija a la persona entre las sugerencias para rellenar su ID.</translation>
    </message>
    <message>
        <source>User id: %1 numbers its users, so the id is a number from 0 to %2.</source>
        <translation>ID de empleado: %1 numera sus empleados, así que el ID es un número de 0 a %2.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPrivacyActions</name>
    <message>
        <source>%1 exists already: nothing was written. Choose an empty folder.</source>
        <translation>%1 ya existe: no se ha escrito nada. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2): nothing was left behind.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo escribir %1 (%2): no se ha dejado ningún archivo a medias.</translation>
    </message>
    <message>
        <source>Export the personal data of %1</source>
        <translation>Exportar los datos personales de %1</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is in %2 (%n file(s), readable by you alone).</source>
        <translation>
            <numerusform>Los datos personales de %1 están en %2 (%n archivo, legible solo por usted).</numerusform>
            <numerusform>Los datos personales de %1 están en %2 (%n archivos, legibles solo por usted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s) and the photo.</source>
        <translation>
            <numerusform>Se han borrado los datos personales de %1: %n credencial y la foto.</numerusform>
            <numerusform>Se han borrado los datos personales de %1: %n credenciales y la foto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s).</source>
        <translation>
            <numerusform>Se han borrado los datos personales de %1: %n credencial.</numerusform>
            <numerusform>Se han borrado los datos personales de %1: %n credenciales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Deleting them from %n terminal(s) is queued.</source>
        <translation>
            <numerusform>%1 Eliminación en cola para %n terminal.</numerusform>
            <numerusform>%1 Eliminación en cola para %n terminales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserStatusActions</name>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (empleado %2)</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Desactivar empleado</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message numerus="yes">
        <source>The %n terminal(s) holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation>
            <numerusform>A partir de ahora, el terminal que lo tiene (%n) rechaza sus fichajes, y desde hoy los informes no esperan trabajo suyo. Se conservan sus huellas, tarjetas y rostros: Activar le permite volver a fichar.</numerusform>
            <numerusform>A partir de ahora, los %n terminales que lo tienen rechazan sus fichajes, y desde hoy los informes no esperan trabajo suyo. Se conservan sus huellas, tarjetas y rostros: Activar le permite volver a fichar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>%1 is enabled; no terminal holds them yet.</source>
        <translation>%1 está activado; aún no lo tiene ningún terminal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is enabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 está activado; en cola para %n terminal.</numerusform>
            <numerusform>%1 está activado; en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled; no terminal holds them.</source>
        <translation>%1 está desactivado; ningún terminal lo tiene.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 está desactivado; en cola para %n terminal.</numerusform>
            <numerusform>%1 está desactivado; en cola para %n terminales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTableModel</name>
    <message>
        <source>Photo stored</source>
        <translation>Foto guardada</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilegio</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n terminals</source>
        <translation>
            <numerusform>%n terminal</numerusform>
            <numerusform>%n terminales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused at the terminals; the reports expect no work of them. Enable lets them punch again.</source>
        <translation>Rechazado en los terminales; los informes no esperan trabajo suyo. Activar le permite volver a fichar.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Known only from a terminal&apos;s user list: fetch it from that terminal before sending it to another one, or its fingerprints there would be lost.</source>
        <translation>Solo se conoce por la lista de empleados de un terminal: obténgalo de ese terminal antes de enviarlo a otro, o se perderían sus huellas allí.</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Aún sin obtener</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTerminalActions</name>
    <message>
        <source>Send user %1</source>
        <translation>Enviar empleado %1</translation>
    </message>
    <message>
        <source>The user is sent as stored here, with photo and credentials; it replaces the user on each terminal ticked.</source>
        <translation>El empleado se envía tal como está guardado aquí, con foto y credenciales; sustituye al empleado en cada terminal marcado.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message numerus="yes">
        <source>User %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Empleado %1 en cola para %n terminal.</numerusform>
            <numerusform>Empleado %1 en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user %1 from terminals</source>
        <translation>Quitar el empleado %1 de los terminales</translation>
    </message>
    <message>
        <source>The terminals ticked delete the user with its fingerprints, face, card and password. The user stays stored on this PC and can be sent again.</source>
        <translation>Los terminales marcados eliminan al empleado con sus huellas, rostro, tarjeta y contraseña. El empleado sigue guardado en este PC y se puede volver a enviar.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message numerus="yes">
        <source>Removal of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Eliminación del empleado %1 en cola para %n terminal.</numerusform>
            <numerusform>Eliminación del empleado %1 en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar empleado</translation>
    </message>
    <message>
        <source>Remove user %1 from terminal %2? The terminal deletes its fingerprints, face, card and password; the user stays stored on this PC.</source>
        <translation>¿Quitar el empleado %1 del terminal %2? El terminal elimina sus huellas, rostro, tarjeta y contraseña; el empleado sigue guardado en este PC.</translation>
    </message>
    <message>
        <source>Removal of user %1 from %2 queued.</source>
        <translation>Eliminación del empleado %1 de %2 en cola.</translation>
    </message>
    <message>
        <source>Copy user %1</source>
        <translation>Copiar empleado %1</translation>
    </message>
    <message>
        <source>The user is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation>El empleado se lee de un terminal, con todo lo inscrito allí, y luego se escribe en cada terminal marcado.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copy of user %1 from %2 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Copia del empleado %1 desde %2 en cola para %n terminal.</numerusform>
            <numerusform>Copia del empleado %1 desde %2 en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching user %1 from %2 queued; the user appears here when the terminal answers.</source>
        <translation>Obtención del empleado %1 desde %2 en cola; el empleado aparecerá aquí cuando responda el terminal.</translation>
    </message>
    <message>
        <source>The database refused the credential; nothing was stored.</source>
        <translation>La base de datos rechazó la credencial; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 of user %2 stored.</source>
        <translation>%1 del empleado %2 guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Sending queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 Envío en cola para %n terminal.</numerusform>
            <numerusform>%1 Envío en cola para %n terminales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user %1 from %2</source>
        <translation>Copiar empleado %1 desde %2</translation>
    </message>
    <message>
        <source>The user is read from %1, with the credential just enrolled, and written to each terminal ticked, as one operation on the Jobs page.</source>
        <translation>El empleado se lee de %1, con la credencial recién inscrita, y se escribe en cada terminal marcado, como una sola operación en la página Tareas.</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir empleado…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Privilege…</source>
        <translation>&amp;Privilegio…</translation>
    </message>
    <message>
        <source>&amp;Send to terminals…</source>
        <translation>En&amp;viar a terminales…</translation>
    </message>
    <message>
        <source>&amp;Copy between terminals…</source>
        <translation>&amp;Copiar entre terminales…</translation>
    </message>
    <message>
        <source>&amp;Remove from terminals…</source>
        <translation>&amp;Quitar de terminales…</translation>
    </message>
    <message>
        <source>&amp;Import credential file…</source>
        <translation>&amp;Importar archivo de credencial…</translation>
    </message>
    <message>
        <source>&amp;Fetch from terminal…</source>
        <translation>&amp;Obtener del terminal…</translation>
    </message>
    <message>
        <source>Search name or user ID</source>
        <translation>Buscar nombre o ID de empleado</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Open job</source>
        <translation>Abrir &amp;tarea</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No users yet: they arrive when someone enrolls on a terminal, or add one here.</source>
        <translation>Aún no hay empleados: llegan cuando alguien se inscribe en un terminal, o puede añadir uno aquí.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on no terminal</source>
        <translation>
            <numerusform>%n sin ningún terminal</numerusform>
            <numerusform>%n sin ningún terminal</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message numerus="yes">
        <source>%1 Some terminals show only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 Algunos terminales solo muestran el primer carácter (%n) de un nombre.</numerusform>
            <numerusform>%1 Algunos terminales solo muestran los primeros %n caracteres de un nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departmen&amp;ts…</source>
        <translation>Depar&amp;tamentos…</translation>
    </message>
    <message>
        <source>Send co&amp;mmand…</source>
        <translation>Enviar co&amp;mando…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportar datos personales…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>All my departments</source>
        <translation>Todos mis departamentos</translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation>Desactiva&amp;r…</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Activa&amp;r</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los empleados</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activados</translation>
    </message>
    <message>
        <source>Disabled (leavers)</source>
        <translation>Desactivados (bajas)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Enr&amp;oll…</source>
        <translation>Inscri&amp;bir…</translation>
    </message>
    <message>
        <source>%1 %2 will keep only &quot;%3&quot;.</source>
        <translation>%1 %2 solo conservará «%3».</translation>
    </message>
    <message>
        <source>Set de&amp;partment…</source>
        <translation>Asi&amp;gnar departamento…</translation>
    </message>
    <message>
        <source>Set sc&amp;hedule…</source>
        <translation>Asignar &amp;horario…</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n empleado seleccionado</numerusform>
            <numerusform>%n empleados seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WeekShiftsEditor</name>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WorkingDayPunchTable</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
</context>
</TS>
