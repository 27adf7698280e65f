package org.gongkai.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcStaffDirectory implements StaffDirectory {

    private final StaffRepository staff;

    JdbcStaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public Optional<StaffView> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return staff.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map(Staff::view);
    }

    @Override
    public Optional<StaffView> findById(long id) {
        return staff.findById(id).map(Staff::view);
    }

    @Override
    public List<StaffView> findAll() {
        return staff.findAll().stream().map(Staff::view).toList();
    }
}
