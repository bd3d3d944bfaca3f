#pragma once

#include "consoletestbed.h"
#include "readerthreadtools.h"
#include "testphoto.h"

#include "departmentrepository.h"

#include <QAbstractItemModel>
#include <QSignalSpy>

namespace punchclock::test {

// A department "Plant" and mona, who manages it alone, signed in (operatorId 0 when not).
struct PlantManager
{
    std::optional<qint64> plant;
    services::Actor mona;
};

inline PlantManager signInPlantManager(ConsoleTestbed &bed)
{
    PlantManager manager;
    manager.plant = storage::DepartmentRepository(bed.database()).create(QStringLiteral("Plant"));
    if (manager.plant)
        manager.mona = bed.signInAs(QStringLiteral("mona"), services::Role::Manager, {*manager.plant});
    return manager;
}

// An administrator signs in at the lock, and `operatorBefore` again once the reload this caused
// has been read but before it is shown: whether `model` of `page` gained no row meanwhile, as
// what was read for the administrator is not for `operatorBefore` to see.
inline bool nothingShownOfABriefAdministrator(ConsoleTestbed &bed, QObject *page, const services::Actor &operatorBefore,
                                              const QAbstractItemModel *model)
{
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    if (bed.signInAs(QStringLiteral("anna"), services::Role::Administrator).operatorId == 0 ||
        !readsDoneButNotShown(bed.context().reader(), page))
        return false;
    bed.context().setActor(operatorBefore);
    bed.waitForReads();
    return inserted.isEmpty();
}

} // namespace punchclock::test
