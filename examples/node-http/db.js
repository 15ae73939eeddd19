// An in-memory store standing in for a database.
const notes = new Map();
let nextId = 1;

export const db = {
  notes: {
    async create(data) {
      const note = { id: String(nextId++), text: String(data.text ?? '') };
      notes.set(note.id, note);
      return note;
    },
    async find(id) {
      return notes.get(id) ?? null;
    },
    async remove(id) {
      notes.delete(id);
    },
  },
};
