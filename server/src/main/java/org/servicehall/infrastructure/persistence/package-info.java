/**
 * JPA implementations of the domain repositories, the schema migrations that create and evolve
 * the tables (Liquibase), and the type conversions the mapping needs.
 */
package org.servicehall.infrastructure.persistence;
