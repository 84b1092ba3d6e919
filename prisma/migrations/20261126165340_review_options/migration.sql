-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fuzz" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leechAction" TEXT NOT NULL DEFAULT 'tag';
