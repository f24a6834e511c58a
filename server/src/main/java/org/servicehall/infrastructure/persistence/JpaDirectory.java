package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;

/** The directory in the relational database. */
@ApplicationScoped
public class JpaDirectory implements Directory {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    public List<Department> departments() {
        return em.createNamedQuery("Department.all", Department.class).getResultList();
    }

    @Override
    public List<Department> activeOfKind(Department.Kind kind) {
        return em.createNamedQuery("Department.byKind", Department.class).setParameter("kind", kind).getResultList();
    }

    @Override
    public Optional<Department> department(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Department.class, code));
    }

    @Override
    public void store(Department department) {
        if (em.contains(department)) {
            em.flush();
        } else if (em.find(Department.class, department.code()) == null) {
            em.persist(department);
        } else {
            em.merge(department);
        }
    }

    @Override
    public List<StaffMember> staff() {
        return em.createNamedQuery("StaffMember.all", StaffMember.class).getResultList();
    }

    @Override
    public List<StaffMember> staffIn(String departmentCode) {
        return em.createNamedQuery("StaffMember.inDepartment", StaffMember.class)
                .setParameter("department", departmentCode).getResultList();
    }

    @Override
    public Optional<StaffMember> staffMember(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(StaffMember.class, username));
    }

    @Override
    public void store(StaffMember member) {
        if (em.contains(member)) {
            em.flush();
        } else if (em.find(StaffMember.class, member.username()) == null) {
            em.persist(member);
        } else {
            em.merge(member);
        }
    }
}
