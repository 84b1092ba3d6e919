-- AlterTable
ALTER TABLE "User" ADD COLUMN     "tourDoneAt" TIMESTAMP(3);
