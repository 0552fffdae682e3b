import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * The archive's core (issue 7; 000 篇5): departments (C-level borrowing is approved by the head of the document's
 * department, 000 §5.6.4c, so users belong to one), the storage map of cabinets and boxes, and the catalogue
 * (存档备案资料目录 QR-WD01-02-02). Later archive migrations add issuing, borrowing and the other forms.
 */
export class Archive0000000000012 implements MigrationInterface {
  name = 'Archive0000000000012';

  async up(q: QueryRunner): Promise<void> {
    const at = '2026-01-01T00:00:00.000Z';
    const statements = [
      `CREATE TABLE departments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      // The departments the seeds name (000 篇1–5): the office keeps the archive, 综合管理部 the owner files.
      `INSERT INTO departments(name, created_at, updated_at) VALUES
        ('办公室', '${at}', '${at}'), ('综合管理部', '${at}', '${at}'), ('工程部', '${at}', '${at}'),
        ('客服部', '${at}', '${at}'), ('保安部', '${at}', '${at}'), ('财务部', '${at}', '${at}')`,
      `ALTER TABLE users ADD COLUMN department_id INTEGER NULL REFERENCES departments(id)`,
      // A cabinet is known by its number and, where several cabinets share a number, its serial (the `*.*` of 000 §5.4).
      `CREATE TABLE archive_cabinets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 999),
        serial INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 99),
        location TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (number, serial)
      )`,
      `CREATE TABLE archive_boxes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        cabinet_id INTEGER NOT NULL REFERENCES archive_cabinets(id),
        box_no INTEGER NOT NULL CHECK (box_no BETWEEN 1 AND 99),
        label TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cabinet_id, box_no)
      )`,
      // index_no is derived from category and box (`f-3.1-02`) and stored so that it is searchable and printable as filed.
      `CREATE TABLE archive_documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        doc_no TEXT NOT NULL DEFAULT '',
        drawing_no TEXT NOT NULL DEFAULT '',
        version TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('a','b','c','d','e','f','1','2','3','4','5','6','7')),
        level TEXT NOT NULL CHECK (level IN ('A','B','C')),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 0),
        content_note TEXT NOT NULL DEFAULT '',
        department_id INTEGER NOT NULL REFERENCES departments(id),
        doc_date TEXT NOT NULL,
        retention TEXT NOT NULL DEFAULT '',
        publicly_posted INTEGER NOT NULL DEFAULT 0,
        box_id INTEGER NOT NULL REFERENCES archive_boxes(id),
        index_no TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'voided', 'destroyed')),
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX archive_documents_index_no ON archive_documents(index_no)`,
      `CREATE INDEX archive_documents_box ON archive_documents(box_id)`,
      `CREATE INDEX archive_documents_category ON archive_documents(category, level)`,
      `CREATE TABLE archive_document_moves (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        from_index TEXT NOT NULL,
        to_index TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        moved_at TEXT NOT NULL,
        moved_by INTEGER NOT NULL REFERENCES users(id)
      )`,
      `CREATE INDEX archive_document_moves_document ON archive_document_moves(document_id)`,
      ...searchTablesSql('archive_document'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
